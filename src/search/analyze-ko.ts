// Korean-aware analysis used for both the index and queries. Splits Hangul from Latin and digits,
// strips particles and endings without mangling short words, adds Hangul bigrams so compounds match
// with or without spaces, and joins `RAID 10` = `RAID10` = `RAID1+0`, `24 core` = `24core`.
import { normalize } from './normalize.js';

/** Particles and endings, longest first; stripped only when at least two syllables remain. */
const SUFFIXES = [
  '이라는', '이라고', '에서는', '으로는', '인가요', '했는데', '였는데', '었는데', '이에요', '이었어',
  '에서', '으로', '이랑', '하고', '에게', '까지', '부터', '처럼', '보다', '이란', '라는', '이야', '이나',
  '에는', '와는', '과는', '으면', '하면', '해도', '하나', '돼', '할까', '된다', '되면', '되나', '돼요', '이면', '해요', '해야', '했어', '했나', '하는', '되는', '었어', '았어',
  '어요', '나요', '인가', '에요', '예요', '이고', '이며', '이다', '입니다', '합니다', '해서',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '랑', '도', '만', '란', '야', '요',
  '해', '한', '할', '된', '됨', '함', '니', '냐', '까', '고', '며', '면', '서', '다',
].sort((a, b) => b.length - a.length);

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const DIGIT = /^\p{N}$/u;
const PARTICLES = new Set(SUFFIXES.filter((s) => s.length <= 2));
/** Suffixes by their last character, so stripping tries only the few that can match. */
const BY_LAST = new Map<string, string[]>();
for (const suffix of SUFFIXES) BY_LAST.set(suffix.slice(-1), [...(BY_LAST.get(suffix.slice(-1)) ?? []), suffix]);

const isHangul = (code: number) => (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
type Kind = 'h' | 'n' | 'l';
const kindOf = (ch: string): Kind => {
  const code = ch.charCodeAt(0);
  if (isHangul(code)) return 'h';
  if ((code >= 48 && code <= 57) || (code > 127 && DIGIT.test(ch))) return 'n';
  return 'l';
};

/** Strip one particle/ending; returns the word unchanged when that would leave one syllable. */
export function stripSuffix(word: string): string {
  for (const suffix of BY_LAST.get(word.slice(-1)) ?? []) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Hangul character bigrams of a stem of three syllables or more. */
export function bigrams(stem: string): string[] {
  if (stem.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= stem.length; i++) out.push(stem.slice(i, i + 2));
  return out;
}

/** One word of the input and the terms it yields. */
export interface AnalyzedWord {
  /** The word as normalized. */
  surface: string;
  /** Whole-word terms (stem, joined forms, parts). */
  terms: string[];
  /** Hangul bigrams of the stem (weaker evidence). */
  grams: string[];
}

/** Runs of Hangul, digits, and other letters: `raid10는` -> raid | 10 | 는. */
function segmentsOf(part: string): Array<{ text: string; kind: Kind }> {
  const out: Array<{ text: string; kind: Kind }> = [];
  for (const ch of part) {
    const kind = kindOf(ch);
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else out.push({ text: ch, kind });
  }
  return out;
}

/** Words repeat across a corpus (Zipf): analyze each distinct one once. Bounded, cleared when full. */
const WORD_CACHE = new Map<string, AnalyzedWord | null>();
const WORD_CACHE_SIZE = 100_000;

function analyzeWord(surface: string): AnalyzedWord | null {
  const cached = WORD_CACHE.get(surface);
  if (cached !== undefined) return cached;
  const terms: string[] = [];
  const add = (t: string) => {
    if (!terms.includes(t)) terms.push(t);
  };
  const grams: string[] = [];
  const segments = surface.includes('_') ? surface.split('_').flatMap(segmentsOf) : segmentsOf(surface);
  if (surface.includes('_')) add(surface);
  if (segments.length > 1 && segments.some((g) => g.kind !== 'h')) {
    const joined = segments.filter((g) => g.kind !== 'h').map((g) => g.text).join('');
    if (joined) add(joined);
  }
  segments.forEach((segment, i) => {
    if (segment.kind !== 'h') {
      add(segment.text);
      return;
    }
    // A Hangul run right after Latin/digits (`RAID는`, `ext4와`), or alone, is a particle when listed.
    if ((i > 0 || segments.length === 1) && PARTICLES.has(segment.text)) return;
    const stem = stripSuffix(segment.text);
    add(stem);
    grams.push(...bigrams(stem));
  });
  const word = terms.length > 0 ? { surface, terms, grams } : null;
  if (WORD_CACHE.size >= WORD_CACHE_SIZE) WORD_CACHE.clear();
  WORD_CACHE.set(surface, word);
  return word;
}

/** Analyze text into words; `1+0` joins to `10` first. Returned words are fresh copies. */
export function analyzeWords(text: string): AnalyzedWord[] {
  const clean = normalize(text).replace(/(\d)\s*\+\s*(\d)/g, '$1$2');
  const words: AnalyzedWord[] = [];
  for (const match of clean.matchAll(WORD)) {
    const word = analyzeWord(match[0]);
    if (word) words.push({ surface: word.surface, terms: [...word.terms], grams: word.grams });
  }
  return joinAcrossSpaces(words);
}

/** `raid 10` -> also `raid10`; `24 core` -> also `24core`; `32 gb` -> also `32gb`. */
function joinAcrossSpaces(words: AnalyzedWord[]): AnalyzedWord[] {
  const isLatin = (w: AnalyzedWord) => /^[a-z]+$/.test(w.surface);
  const isNumber = (w: AnalyzedWord) => /^\d+$/.test(w.surface);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if ((isLatin(a) && isNumber(b)) || (isNumber(a) && isLatin(b) && b.surface.length <= 5)) {
      const joined = a.surface + b.surface;
      if (!a.terms.includes(joined)) a.terms.push(joined);
    }
  }
  return words;
}

/** All index terms of a text: whole-word terms and bigrams. */
export function analyze(text: string): string[] {
  return analyzeWords(text).flatMap((w) => [...w.terms, ...w.grams]);
}
