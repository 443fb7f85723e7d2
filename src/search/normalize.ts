// Text normalization shared by indexing, queries and glossary terms: NFKC, case folding, and no
// zero-width or control characters, so `ＲＡＩＤ１０`, `raid10` and `RAID\u200b10` read the same.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;

export function normalize(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ').toLowerCase();
}
