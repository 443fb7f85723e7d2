// Korean-aware analysis used for both the index and queries. Splits Hangul from Latin and digits,
// strips particles and endings without mangling short words, adds Hangul bigrams so compounds match
// with or without spaces, and joins `RAID 10` = `RAID10` = `RAID1+0`, `24 core` = `24core`.
import { normalize } from './normalize.js';

/** Particles and endings, longest first; stripped only when at least two syllables remain. */
const SUFFIXES = [
  '이라는', '이라고', '에서는', '으로는', '인가요', '했는데', '였는데', '었는데', '이에요', '이었어',
  '에서', '으로', '이랑', '하고', '에게', '까지', '부터', '처럼', '보다', '이란', '라는', '이야', '이나',
  '에는', '와는', '과는', '으면', '하면', '해요', '해야', '했어', '했나', '하는', '되는', '었어', '았어',
  '어요', '나요', '인가', '에요', '예요', '이고', '이며', '이다', '입니다', '합니다', '해서',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '랑', '도', '만', '란', '야', '요',
  '해', '한', '할', '된', '됨', '함', '니', '냐', '까', '고', '며', '면', '서', '다',
].sort((a, b) => b.length - a.length);

const HANGUL = /^\p{Script=Hangul}+$/u;
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const SEGMENT = /\p{Script=Hangul}+|\p{N}+|(?:(?!\p{Script=Hangul})[\p{L}\p{M}])+/gu;
const PARTICLES = new Set(SUFFIXES.filter((s) => s.length <= 2));

/** Strip one particle/ending; returns the word unchanged when that would leave one syllable. */
export function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
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
  /** Whole-word terms (stem, surface, joined forms). */
  terms: string[];
  /** Hangul bigrams of the stem (weaker evidence). */
  grams: string[];
}

/** Analyze text into words; `1+0` joins to `10` first. */
export function analyzeWords(text: string): AnalyzedWord[] {
  const clean = normalize(text).replace(/(\d)\s*\+\s*(\d)/g, '$1$2');
  const words: AnalyzedWord[] = [];
  for (const match of clean.matchAll(WORD)) {
    const surface = match[0];
    const terms = new Set<string>();
    const grams: string[] = [];
    const segments = surface.split('_').flatMap((part) => part.match(SEGMENT) ?? []);
    if (surface.includes('_')) terms.add(surface);
    if (segments.length > 1 && !HANGUL.test(surface)) {
      const joined = segments.filter((s) => !HANGUL.test(s)).join('');
      if (joined) terms.add(joined);
    }
    segments.forEach((segment, i) => {
      if (!HANGUL.test(segment)) {
        terms.add(segment);
        return;
      }
      // A Hangul run right after Latin/digits (`RAID는`, `ext4와`) is a particle when short.
      if ((i > 0 || segments.length === 1) && PARTICLES.has(segment)) return;
      const stem = stripSuffix(segment);
      terms.add(stem);
      if (stem !== segment) terms.add(segment);
      grams.push(...bigrams(stem));
    });
    if (terms.size > 0) words.push({ surface, terms: [...terms], grams });
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
