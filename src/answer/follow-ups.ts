// Up to three follow-up questions next to an answer: the other aspects of the same subject
// (IaaS 장점 → IaaS 단점, IaaS 예시) or the neighbouring sections (RAID 0 → RAID 1, RAID 5).
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk } from '../model/chunk.js';
import { chunksOfSubject, siblingsOf } from './groups.js';
import { shortTitle } from './source.js';

/** "SaaS로 … 운영할 경우 장점/단점" -> "SaaS로 … 운영할 경우", so a label never reads "…장점/단점 단점". */
export function withoutAspects(title: string): string {
  return title.replace(/\s*(?:(?:장점|단점|장단점|특징|정의|예시|용도|pros|cons)\s*[/&,·및와과]?\s*)+$/i, '').trim() || title;
}

export function followUpsFor(knowledge: Knowledge, chunk: Chunk, max = 3): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (q && !out.includes(q) && out.length < max) out.push(q);
  };
  if (chunk.subject && chunk.aspect) {
    const subjectTitle = withoutAspects(shortTitle(chunk.subject.split(' › ').pop() ?? ''));
    for (const c of chunksOfSubject(knowledge, chunk.subject)) {
      if (c.aspect && c.aspect !== chunk.aspect) add(`${subjectTitle} ${c.aspect}`);
    }
  }
  for (const c of siblingsOf(knowledge, chunk)) {
    if (c.id !== chunk.id && !c.aspect) add(shortTitle(c.title));
  }
  return out;
}
