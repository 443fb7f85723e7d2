// Text the bot shows back, for every adapter: strip control and bidi-override characters (NUL, ESC,
// U+202E, lone surrogates …) and cut or split long text between graphemes (Intl.Segmenter), never
// through a surrogate pair, an emoji sequence or a Hangul syllable.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * C0 controls but tab and newline, DEL and C1 controls, bidi embeddings/overrides (U+202A–U+202E)
 * and isolates (U+2066–U+2069), and surrogates without their other half.
 */
/* eslint-disable no-control-regex -- finding control characters is what this is for */
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * Text in which every code unit is a grapheme of its own: ASCII, Latin-1 and spacing modifiers, common
 * punctuation and arrows, CJK symbols and ideographs, Hangul syllables, fullwidth forms. No surrogates,
 * joiners, variation selectors, combining marks or conjoining jamo, which are what make clusters.
 */
const SIMPLE =
  /^[\t\n\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u3001-\u3029\u3030-\u303F\u4E00-\u9FFF\uAC00-\uD7A3\uFF01-\uFF60]*$/;

/** `text` without control, bidi-override and isolate characters or lone surrogates (tabs and newlines kept). */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Number of user-perceived characters (graphemes). */
export function graphemeLength(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n += 1;
  return n;
}

/**
 * At most `max` graphemes and `maxUnits` UTF-16 code units of `text` (default 12 per grapheme), the
 * last one `…` when it was cut. Cut between graphemes; a single oversized cluster (a run of
 * conjoining jamo or combining marks is one grapheme) is cut between code points instead.
 */
export function clipGraphemes(text: string, max: number, maxUnits = max * 12): string {
  if (text.length <= maxUnits && (text.length <= max || graphemeLength(text) <= max)) return text;
  const room = maxUnits - 1;
  let out = '';
  let count = 0;
  // Only the start can be kept: segment a window (boundaries depend on what precedes them, and on
  // one following code point at most), not a whole 1 MB body on every call.
  const window = Number.isFinite(room) ? text.slice(0, room + 16) : text;
  if (SIMPLE.test(window)) return `${text.slice(0, Math.min(max - 1, room))}…`;
  for (const { segment } of segmenter.segment(window)) {
    if (count >= max - 1) break;
    if (out.length + segment.length <= room) {
      out += segment;
      count += 1;
      continue;
    }
    for (const codePoint of segment) {
      if (out.length + codePoint.length > room) break;
      out += codePoint;
    }
    break;
  }
  return `${out}…`;
}

/** At most `maxUnits` UTF-16 code units of `text` (a platform limit), cut between graphemes, ending `…` when cut. */
export function clipUnits(text: string, maxUnits: number): string {
  return clipGraphemes(text, Number.POSITIVE_INFINITY, maxUnits);
}

/** Split `text` into pieces of at most `maxUnits` code units, between graphemes (code points inside an oversized one). */
export function splitGraphemes(text: string, maxUnits: number): string[] {
  const pieces: string[] = [];
  if (SIMPLE.test(text)) {
    for (let i = 0; i < text.length; i += maxUnits) pieces.push(text.slice(i, i + maxUnits));
    return pieces.length > 0 ? pieces : [''];
  }
  let current = '';
  const push = (part: string) => {
    if (current.length + part.length > maxUnits && current) {
      pieces.push(current);
      current = '';
    }
    current += part;
  };
  for (const { segment } of segmenter.segment(text)) {
    if (segment.length <= maxUnits) push(segment);
    else for (const codePoint of segment) push(codePoint);
  }
  if (current || pieces.length === 0) pieces.push(current);
  return pieces;
}
