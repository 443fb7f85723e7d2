// Text normalization shared by indexing, queries and glossary terms: NFKC, case folding, and no
// zero-width or control characters, so `ＲＡＩＤ１０`, `raid10` and `RAID\u200b10` read the same.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
/** Anything but printable ASCII, Hangul syllables, line breaks and tabs. */
const NOT_PLAIN = /[^\x20-\x7e\uac00-\ud7a3\n\r\t]/;
const BREAKS = /[\n\r\t]/g;

/**
 * True when `text` is printable ASCII, Hangul syllables, line breaks and tabs only, as nearly every
 * line of a note is: NFKC leaves such text as it is, and its only control characters are the breaks.
 */
export function isPlain(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

export function normalize(text: string): string {
  if (isPlain(text)) return text.replace(BREAKS, ' ').toLowerCase();
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ').toLowerCase();
}
