// Notes write a term with its translation in parentheses all the time: "온프레미스 (On-Premises)",
// "저널링(Journaling)", "Vendor Lock-in (벤더 종속)", "IaaS (Infrastructure as a Service)".
// Each such pair becomes a synonym set at load time, both ways round, so no glossary line is needed.

const KO_EN = /((?:[가-힣]+ ){0,1}[가-힣]+) ?\(([A-Za-z][A-Za-z0-9 .+/-]{1,40})\)/g;
const EN_KO = /([A-Za-z][A-Za-z0-9.-]*(?: [A-Za-z][A-Za-z0-9.-]*){0,3}) ?\(([가-힣]+(?: [가-힣]+){0,2})\)/g;
const ACRONYM = /\b([A-Z][A-Za-z0-9]{1,7}) ?\(([A-Za-z][A-Za-z .-]{5,60})\)/g;
const SPELLED = /([A-Za-z][A-Za-z-]+(?: [A-Za-z][A-Za-z-]+){1,4}) ?\(([A-Z]{2,6})\)/g;
/** Parenthesized asides that are not translations. */
const ASIDE = /^(?:e\.?g|i\.?e|etc|ex|note|optional)\b/i;

const words = (s: string) => s.trim().split(/\s+/).length;

/** Synonym sets found in one text. */
export function minePairs(text: string): string[][] {
  const out: string[][] = [];
  // Every pattern needs a parenthesis: most texts have none, and scanning them is most of the cost.
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(KO_EN)) {
    const ko = m[1]!.trim();
    const en = m[2]!.trim();
    if (ASIDE.test(en) || words(en) > 4 || /\d{3,}/.test(en)) continue;
    out.push([ko, en]);
    const last = ko.split(' ').pop()!;
    // The last word alone only when it is long enough to mean the thing itself (분산 of 데이터 분산 is
    // fine; 시간 of 지연 시간 is not).
    if (last !== ko && last.length >= 3) out.push([last, en]);
  }
  for (const m of text.matchAll(EN_KO)) {
    const en = m[1]!.trim();
    if (en.length >= 2 && !ASIDE.test(en)) out.push([en, m[2]!.trim()]);
  }
  for (const m of text.matchAll(ACRONYM)) {
    if (!ASIDE.test(m[2]!)) out.push([m[1]!, m[2]!.trim()]);
  }
  for (const m of text.matchAll(SPELLED)) out.push([m[2]!, m[1]!.trim()]);
  return out;
}
