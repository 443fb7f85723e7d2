// Korean loanwords and the English words they spell: a question asks about the 워커, 플러그인 or
// 커넥터 that an English-heavy note calls worker, plugin or connector. Both are reduced to a rough
// consonant skeleton (Korean's inserted ㅡ dropped, r/l, b/p/f/v, g/k/c, d/t, j/ch/z folded, an
// English r before a consonant or at the end silent, as Korean spelling drops it).
import { romanize } from 'es-hangul';

const VOWEL = /[aeiouy]/;

/** Fold one consonant (or digraph) to its class. */
function fold(ch: string): string {
  switch (ch) {
    case 'r':
    case 'l':
      return 'l';
    case 'b':
    case 'p':
    case 'f':
    case 'v':
      return 'p';
    case 'g':
    case 'k':
    case 'c':
    case 'q':
      return 'k';
    case 'd':
    case 't':
      return 't';
    case 'j':
    case 'z':
      return 'j';
    default:
      return ch;
  }
}

/** Consonant classes in order; a double only collapses when nothing stood between (ll, tt), `|` marking a vowel. */
function skeleton(chars: string[]): string {
  let out = '';
  let last = '';
  for (const ch of chars) {
    if (ch !== '|' && ch !== last) out += ch;
    last = ch;
  }
  return out;
}

/** The skeleton of a Hangul word (워커 -> wk, 플러그인 -> plkn). */
export function hangulKey(word: string): string {
  const roman = romanize(word).toLowerCase().replace(/eu/g, '').replace(/ng/g, 'n').replace(/ch/g, 'j').replace(/sy|sh/g, 's');
  return skeleton([...roman].filter((ch) => /[a-z]/.test(ch)).map((ch) => (VOWEL.test(ch) ? '|' : fold(ch))));
}

/** The skeleton of an English word (worker -> wk, plugin -> plkn, schema -> skm). */
export function latinKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/sch/g, 'sk')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/th/g, 's')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'j')
    .replace(/ti(?=[aeiou])/g, 's')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ng/g, 'n');
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (!/[a-z]/.test(ch)) continue;
    if (VOWEL.test(ch)) {
      out.push('|');
      continue;
    }
    // Korean spelling drops an r that no vowel follows (worker -> 워커) and most h's after a consonant.
    if (ch === 'r' && !VOWEL.test(w[i + 1] ?? '')) continue;
    if (ch === 'h' && i > 0 && !VOWEL.test(w[i - 1] ?? '')) continue;
    if (ch === 'w' && i > 0) continue;
    out.push(fold(ch));
  }
  return skeleton(out);
}

/** The first vowel's class (A: a/ae/e, I: i/y, O: o/eo/u): tells 태스크 (task) from 디스크 (disk). */
export function hangulVowel(word: string): string {
  const v = /[aeiou]+/.exec(romanize(word).toLowerCase().replace(/eu/g, ''))?.[0] ?? '';
  return vowelClass(v);
}

/**
 * The first vowel's classes in English, the likelier first: spelling hides how it is said (schema
 * 스키마, rebalancing 리밸런싱, timestamp 타임스탬프), so e and i may be either A or I.
 */
export function latinVowels(word: string): string[] {
  const v = /[aeiouy]+/.exec(word.toLowerCase())?.[0] ?? '';
  const first = vowelClass(v);
  if (/^[ei]/.test(v)) return first === 'A' ? ['A', 'I'] : ['I', 'A'];
  return first ? [first] : [];
}

function vowelClass(v: string): string {
  if (!v) return '';
  if (/^(?:eo|o|u|wo|yo|yu|ou|oo)/.test(v)) return 'O';
  if (/^(?:i|y|ea|ee|ui|wi)/.test(v)) return 'I';
  return 'A';
}
