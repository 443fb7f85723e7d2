// Korean-aware analysis used for both the index and queries. Splits Hangul from Latin and digits,
// strips particles and endings without mangling short words, adds Hangul bigrams so compounds match
// with or without spaces, and joins `RAID 10` = `RAID10` = `RAID1+0`, `24 core` = `24core`.
import { isPlain, normalize } from './normalize.js';
import { endingKind, SUFFIXES, type EndingKind } from './endings.js';
import { nameSpans, wordSpans } from './word-spans.js';

const DIGIT = /^\p{N}$/u;
const PARTICLES = new Set(SUFFIXES.filter((s) => s.length <= 2 && endingKind(s) === 'noun'));
/** Suffixes by their last character, so stripping tries only the few that can match. */
const BY_LAST = new Map<string, string[]>();
for (const suffix of SUFFIXES) BY_LAST.set(suffix.slice(-1), [...(BY_LAST.get(suffix.slice(-1)) ?? []), suffix]);

const isHangul = (code: number) =>
  (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
type Kind = 'h' | 'n' | 'l';
const kindOf = (ch: string): Kind => {
  const code = ch.charCodeAt(0);
  if (isHangul(code)) return 'h';
  if ((code >= 48 && code <= 57) || (code > 127 && DIGIT.test(ch))) return 'n';
  return 'l';
};

/** Particles of two syllables or more that may follow a one-syllable noun (밑으로, 위에서, 팀에선). */
const LONG_PARTICLES = new Set(['으로', '에서', '에선', '까지', '부터', '처럼', '보다', '이랑', '에게', '한테']);

/** The stem and what was stripped from it (`''` when nothing). */
function split(word: string): { stem: string; suffix: string } {
  for (const suffix of BY_LAST.get(word.slice(-1)) ?? []) {
    const left = word.length - suffix.length;
    if ((left >= 2 || (left === 1 && LONG_PARTICLES.has(suffix))) && word.endsWith(suffix))
      return { stem: word.slice(0, -suffix.length), suffix };
  }
  return { stem: word, suffix: '' };
}

/** Strip one particle/ending; returns the word unchanged when that would leave one syllable. */
export function stripSuffix(word: string): string {
  return split(word).stem;
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
  /** What the last Hangul run's stripped ending says the stem is (see endings.ts). */
  ending?: EndingKind;
  /** For a dotted/dashed name: the terms of its parts (the name itself is `terms[0]`). */
  parts?: string[];
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
  let ending: EndingKind | undefined;
  const segments = surface.includes('_') ? surface.split('_').flatMap(segmentsOf) : segmentsOf(surface);
  if (surface.includes('_')) add(surface);
  if (segments.length > 1 && segments.some((g) => g.kind !== 'h')) {
    const joined = segments
      .filter((g) => g.kind !== 'h')
      .map((g) => g.text)
      .join('');
    if (joined) add(joined);
  }
  segments.forEach((segment, i) => {
    if (segment.kind !== 'h') {
      add(segment.text);
      return;
    }
    // A Hangul run right after Latin/digits (`RAID는`, `ext4와`), or alone, is a particle when listed.
    if ((i > 0 || segments.length === 1) && PARTICLES.has(segment.text)) return;
    let { stem, suffix } = split(segment.text);
    // Stacked particles (예시로는, 브로커에서도): one more noun particle may go.
    if (suffix && endingKind(suffix) === 'noun') {
      const again = split(stem);
      if (again.suffix && endingKind(again.suffix) === 'noun') stem = again.stem;
    }
    ending = suffix ? endingKind(suffix) : undefined;
    add(stem);
    grams.push(...bigrams(stem));
  });
  const word = terms.length > 0 ? { surface, terms, grams, ending } : null;
  if (WORD_CACHE.size >= WORD_CACHE_SIZE) WORD_CACHE.clear();
  WORD_CACHE.set(surface, word);
  return word;
}

/** Analyze text into words; `1+0` joins to `10` first. Returned words are fresh copies. */
export function analyzeWords(text: string): AnalyzedWord[] {
  return analyzeText(text, true);
}

/**
 * analyzeWords for readers only: words may be the analyzer's cached objects and must not be
 * changed (an index build reads a million words, and copying each was a tenth of the build).
 */
export function readWords(text: string): ReadonlyArray<Readonly<AnalyzedWord>> {
  return analyzeText(text, false);
}

function analyzeText(text: string, fresh: boolean): AnalyzedWord[] {
  let clean = normalize(text);
  if (clean.includes('+')) clean = clean.replace(/(\d)\s*\+\s*(\d)/g, '$1$2');
  const plain = isPlain(clean);
  const spans = nameSpans(clean, plain);
  const words: AnalyzedWord[] = [];
  let span = 0;
  let ident: AnalyzedWord | undefined;
  for (const [surface, at] of wordSpans(clean, plain)) {
    const word = analyzeWord(surface);
    if (!word) continue;
    const copy: AnalyzedWord = fresh ? { surface: word.surface, terms: [...word.terms], grams: word.grams, ending: word.ending } : word;
    while (spans[span] && spans[span]!.end <= at) span += 1;
    const inside = spans[span] && at >= spans[span]!.start && at < spans[span]!.end;
    if (!inside) {
      ident = undefined;
      words.push(copy);
      continue;
    }
    // Parts of one dotted name become one word: the name, and its parts as weaker evidence.
    const name = spans[span]!.name;
    if (!ident || ident.terms[0] !== name) {
      ident = { surface: name, terms: [name], grams: [], parts: [] };
      words.push(ident);
    }
    for (const t of copy.terms) if (!ident.parts!.includes(t)) ident.parts!.push(t);
    ident.ending = copy.ending;
  }
  return joinAcrossSpaces(words);
}

/** `raid 10` -> also `raid10`; `24 core` -> also `24core`; `32 gb` -> also `32gb`. */
function joinAcrossSpaces(words: AnalyzedWord[]): AnalyzedWord[] {
  // The first character settles most words (Hangul ones) before a regex runs.
  const isLatin = (w: AnalyzedWord) => w.surface[0]! >= 'a' && w.surface[0]! <= 'z' && /^[a-z]+$/.test(w.surface);
  const isNumber = (w: AnalyzedWord) => w.surface[0]! >= '0' && w.surface[0]! <= '9' && /^\d+$/.test(w.surface);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if ((isLatin(a) && isNumber(b)) || (isNumber(a) && isLatin(b) && b.surface.length <= 5)) {
      const joined = a.surface + b.surface;
      // A new word object: `a` may be the cache's own.
      if (!a.terms.includes(joined)) words[i] = { ...a, terms: [...a.terms, joined] };
    }
  }
  return words;
}

/** All index terms of a text: whole-word terms, parts of dotted names, and bigrams. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of readWords(text)) out.push(...w.terms, ...(w.parts ?? []), ...w.grams);
  return out;
}
