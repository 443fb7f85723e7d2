// Where the words and the dotted or dashed names are in normalized text. Plain text (normalize.ts:
// ASCII and Hangul syllables, lower-cased), nearly every line of a note, is scanned by hand and with
// plain character ranges, which there say no more than the Unicode classes: several times faster.

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
/** Dotted or dashed names kept whole too: `controlled.shutdown.enable`, `kafka-configs.sh`, `3.7`. */
const IDENTIFIER = /(?<![\p{L}\p{N}_])[a-z0-9_]+(?:[.=-][a-z0-9_]+)+/gu;
const PLAIN_IDENTIFIER = /(?<![a-z0-9_\uac00-\ud7a3])[a-z0-9_]+(?:[.=-][a-z0-9_]+)+/g;
/** A dotted or dashed name needs one of these. */
const NAME_JOINS = /[.=-]/;

const isPlainWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 0xac00 && c <= 0xd7a3);

/** Each word (a run of letters, digits, marks and `_`) as [word, index]. @param plain `clean` is plain text. */
export function wordSpans(clean: string, plain: boolean): Array<[string, number]> {
  if (!plain) return [...clean.matchAll(WORD)].map((m) => [m[0], m.index]);
  const out: Array<[string, number]> = [];
  const n = clean.length;
  for (let i = 0; i < n; i++) {
    if (!isPlainWordChar(clean.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isPlainWordChar(clean.charCodeAt(j))) j++;
    out.push([clean.slice(i, j), i]);
    i = j;
  }
  return out;
}

/** Each dotted or dashed name, in order. @param plain `clean` is plain text. */
export function nameSpans(clean: string, plain: boolean): Array<{ start: number; end: number; name: string }> {
  if (!NAME_JOINS.test(clean)) return [];
  return [...clean.matchAll(plain ? PLAIN_IDENTIFIER : IDENTIFIER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    name: m[0],
  }));
}
