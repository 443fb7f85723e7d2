// Where the notes say which side to prefer ("디스크: RAID 10으로 설정된 디스크 사용" under "…추천한다",
// "lz4 가 나은 경우: …"), a comparison says so under its table. A line counts when it names one side
// only and it, or the section it sits in, recommends.
import type { Knowledge } from '../knowledge/types.js';
import type { Unit } from '../model/chunk.js';
import type { Source } from '../model/reply.js';
import { analyze } from '../search/analyze-ko.js';
import { coverOf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';
import type { Entity } from './entity.js';
import { sourceOf } from './source.js';

const RECOMMENDS = /추천|권장|권고|나은|낫다|낫습|적합|표준으로|기본으로|최고의 선택|recommend|prefer|should\b|best\b/i;

const names = (unit: Unit, side: Concept[]) => {
  const terms = new Set(analyze(`${unit.label ?? ''} ${unit.text}`));
  return side.length > 0 && side.every((c) => coverOf(c, terms) > 0);
};

export function preferenceFor(knowledge: Knowledge, a: Entity, b: Entity, shared: Concept[]): { text: string; source: Source } | undefined {
  const index = knowledge.search;
  const sideA = index.plan(a.title);
  const sideB = index.plan(b.title);
  const hits = index.search([...sideA, ...sideB, ...shared], { limit: 12 });
  for (const hit of hits) {
    const chunk = hit.chunk;
    const recommends = RECOMMENDS.test(chunk.title) || chunk.units.some((u) => RECOMMENDS.test(u.text));
    if (!recommends) continue;
    const lines = chunk.units.filter(
      (u) => names(u, sideA) !== names(u, sideB) && (RECOMMENDS.test(u.text) || RECOMMENDS.test(chunk.title) || chunk.units.length > 1),
    );
    // A line that names one side and itself recommends beats one that only sits in a recommending section.
    const line = lines.find((u) => RECOMMENDS.test(u.text)) ?? lines[0];
    if (line) return { text: line.text, source: { ...sourceOf(chunk), line: line.line } };
  }
  return undefined;
}
