// Words the index does not have, found anyway: Hangul typos one jamo apart (플렛폼 -> 플랫폼,
// 모니터렁 -> 모니터링), English inflections (runs -> run, settings -> setting) and typos, and
// compounds written without a space (디스크개수 -> 디스크 + 개수). Weighted below exact hits.
import { disassemble } from 'es-hangul';
import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import type { Alt } from './lexicon.js';
import { hangulKey, hangulVowel, latinKey, latinVowels } from './loanwords.js';

const HANGUL = /^[\uac00-\ud7a3]+$/;
/** Vowels written interchangeably in everyday Korean (ㅔ/ㅐ, ㅖ/ㅒ, ㅚ/ㅙ/ㅞ), folded together. */
const confusable = (jamo: string) =>
  jamo
    .replace(/ㅗㅣ|ㅜㅔ/g, 'ㅗㅐ')
    .replace(/ㅔ/g, 'ㅐ')
    .replace(/ㅖ/g, 'ㅒ');
const LATIN = /^[a-z]+$/;
/** The first list, or the second when the first is empty (computed only then). */
const or = (found: string[], otherwise: () => string[]) => (found.length > 0 ? found : otherwise());

export class Variants {
  private hangul?: Map<number, Array<{ term: string; jamo: string }>>;
  private latin?: Map<string, string[]>;
  private latinByLength?: Map<number, string[]>;
  private loanwords?: Map<string, string[]>;

  /** @param vocabulary every term the index has (called lazily, once). */
  constructor(
    private readonly vocabulary: () => Iterable<string>,
    private readonly known: (term: string) => boolean,
  ) {}

  private buildHangul() {
    const byLength = new Map<number, Array<{ term: string; jamo: string }>>();
    for (const term of this.vocabulary()) {
      if (term.length < 2 || !HANGUL.test(term)) continue;
      const jamo = disassemble(term);
      const list = byLength.get(jamo.length) ?? [];
      list.push({ term, jamo });
      byLength.set(jamo.length, list);
    }
    return byLength;
  }

  private buildLatin() {
    const byStem = new Map<string, string[]>();
    const byLength = new Map<number, string[]>();
    for (const term of this.vocabulary()) {
      if (term.length < 3 || !LATIN.test(term)) continue;
      const stem = stemmer(term);
      const same = byStem.get(stem);
      if (same) same.push(term);
      else byStem.set(stem, [term]);
      const long = byLength.get(term.length);
      if (long) long.push(term);
      else byLength.set(term.length, [term]);
    }
    this.latinByLength = byLength;
    return byStem;
  }

  /** Index terms that an unknown word most likely means, nearest first (at most three). */
  near(term: string): string[] {
    if (HANGUL.test(term)) return or(this.nearHangul(term), () => this.loanword(term));
    if (LATIN.test(term)) return this.nearLatin(term);
    if (/^[a-z0-9_]+(?:[.=-][a-z0-9_]+)+$/.test(term)) return this.longerName(term);
    return [];
  }

  /**
   * The English word of the notes a Korean loanword spells (워커 -> worker, 플러그인 -> plugin): the
   * same consonant skeleton and first vowel; none when that leaves more than one. (English question
   * words are not matched to Korean ones this way: most are everyday words, and the lexicon has the rest.)
   */
  private loanword(term: string): string[] {
    this.loanwords ??= this.buildLoanwords();
    const key = hangulKey(term);
    if (key.length < 2) return [];
    const vowel = hangulVowel(term);
    const cands = (this.loanwords.get(key) ?? []).filter((c) => latinVowels(c).includes(vowel));
    // One that says the vowel the likelier way (태스크: task, not disk), else the only one.
    const likely = cands.filter((c) => latinVowels(c)[0] === vowel);
    // A two-consonant skeleton (워커 wk) fits many words: only the likely vowel will do (메뉴 is no "min").
    if (key.length < 3) return likely.length === 1 ? likely : [];
    return likely.length === 1 ? likely : cands.length === 1 ? cands : [];
  }

  private buildLoanwords(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const term of this.vocabulary()) {
      if (!LATIN.test(term) || term.length < 3) continue;
      const key = latinKey(term);
      const list = map.get(key);
      if (list) list.push(term);
      else map.set(key, [term]);
    }
    return map;
  }

  /** A dotted name written short (`max.in.flight` for `max.in.flight.requests.per.connection`). */
  private longerName(term: string): string[] {
    const out: string[] = [];
    for (const t of this.vocabulary()) {
      if (t.length > term.length && t.startsWith(term) && /[.=-]/.test(t[term.length]!)) out.push(t);
      if (out.length === 3) break;
    }
    return out;
  }

  private nearHangul(term: string): string[] {
    if (term.length < 2) return [];
    this.hangul ??= this.buildHangul();
    const jamo = disassemble(term);
    // One jamo for short words, two for long ones (업그레드 -> 업그레이드 drops a whole 이).
    const max = jamo.length >= 9 ? 2 : 1;
    const found: Array<{ term: string; d: number }> = [];
    for (let len = jamo.length - max; len <= jamo.length + max; len++) {
      for (const cand of this.hangul.get(len) ?? []) {
        // Two-syllable words keep their first syllable (롤벡 -> 롤백, 절챠 -> 절차), unless the
        // only difference is a vowel people mix up (ㅔ/ㅐ).
        if (term.length <= 2 && cand.term[0] !== term[0]) {
          if (cand.term.length === term.length && confusable(jamo) === confusable(cand.jamo)) found.push({ term: cand.term, d: 1 });
          continue;
        }
        const d = distance(jamo, cand.jamo);
        if (d <= max) found.push({ term: cand.term, d });
      }
    }
    return found
      .sort((a, b) => a.d - b.d || b.term.length - a.term.length)
      .slice(0, 3)
      .map((f) => f.term);
  }

  private nearLatin(term: string): string[] {
    this.latin ??= this.buildLatin();
    const same = this.latin.get(stemmer(term)) ?? [];
    if (same.length > 0) return same.slice(0, 3);
    if (term.length < 5) return [];
    const max = term.length >= 9 ? 2 : 1;
    const found: Array<{ term: string; d: number }> = [];
    for (let len = term.length - max; len <= term.length + max; len++) {
      for (const cand of this.latinByLength!.get(len) ?? []) {
        const d = distance(term, cand);
        if (d <= max) found.push({ term: cand, d });
      }
    }
    return found
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((f) => f.term);
  }

  /** A Hangul compound the index has as two words: 디스크개수 -> [디스크, 개수]. */
  split(term: string): Alt | undefined {
    if (!HANGUL.test(term) || term.length < 3) return undefined;
    // A one-syllable tail only after a word of two or more (설정값 -> 설정 + 값).
    for (let i = 2; i <= term.length - 1; i++) {
      const a = term.slice(0, i);
      const b = term.slice(i);
      if (this.known(a) && this.known(b)) return [a, b];
    }
    return undefined;
  }
}
