// `label: value` bullets (메모리: 32GB …, 파일시스템: XFS 또는 ext4, 브로커 개수: 10개) are answers
// of their own: each also becomes a small chunk titled by its label, under the chunk it sits in, so
// "파일시스템 뭐 써?" finds the recommendation line and not a long section that merely names it.
import type { Chunk, Unit } from '../model/chunk.js';
import { isAspectWord } from './aspect-words.js';

/** Fewest labelled bullets a chunk needs before they count as a list of labelled values. */
const MIN_LABELLED = 2;

export function labelChunks(parent: Chunk): Chunk[] {
  const top = parent.units.filter((u) => u.label && u.bullet && u.depth === 0 && /[:=]/.test(u.text));
  if (top.length < MIN_LABELLED) return [];
  const out: Chunk[] = [];
  // The sentence that frames the list ("브로커의 하드웨어를 다음과 같이 설정하는 것을 추천한다").
  const frame = parent.units.find((u) => !u.bullet && u.depth === 0 && u.line < (top[0]?.line ?? 0));
  parent.units.forEach((unit, i) => {
    if (!top.includes(unit) || unit.label === parent.title || isAspectWord(unit.label!)) return;
    // The line's other sentences (the value after a definition: "…보관하는 기간. 기본값은 7일") and what nests under it.
    const units: Unit[] = [unit];
    for (let k = i + 1; k < parent.units.length; k++) {
      const next = parent.units[k]!;
      if (next.depth > unit.depth || (next.line === unit.line && next.depth === unit.depth && !next.bullet)) units.push(next);
      else break;
    }
    out.push({
      id: `${parent.id}~${out.length + 1}`,
      file: parent.file,
      startLine: unit.line,
      endLine: Math.max(...units.map((u) => u.line)),
      breadcrumb: [...parent.breadcrumb, unit.label!],
      title: unit.label!,
      units,
      text: units.map((u) => u.text).join('\n'),
      within: parent.id,
      context: frame?.text,
    });
  });
  return out;
}
