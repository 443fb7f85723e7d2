// One side of a comparison: find the subject a phrase names ("PaaS", "RAID 1", "Confluent Cloud")
// and collect its aspects (정의, 특징, 장점, … or table row labels) from the chunks that describe it.
import type { Chunk, Knowledge } from '../knowledge/types.js';
import { analyze } from '../search/analyze-ko.js';
import { shortTitle, unitBody } from './source.js';
import { chunksOfSubject } from './groups.js';

export interface Aspect {
  /** Alignment key: 정의/설명 → def, 특징/주요 특징 → feat, … else the label itself. */
  key: string;
  name: string;
  text: string;
}

export interface Entity {
  title: string;
  chunks: Chunk[];
  aspects: Aspect[];
}

const KEYS: Record<string, string> = {
  정의: 'def', 설명: 'def', 개요: 'def', 특징: 'feat', '주요 특징': 'feat', 내용: 'feat',
  장점: 'pros', 단점: 'cons', 용도: 'use', 예시: 'ex',
};
/** Rows print in this order; other aspects follow in the order met. */
export const KEY_ORDER = ['def', 'feat', 'pros', 'cons', 'use', 'ex'];

function aspectsOf(chunks: Chunk[]): Aspect[] {
  const out: Aspect[] = [];
  const push = (name: string, text: string) => {
    const key = KEYS[name] ?? name.toLowerCase();
    const existing = out.find((a) => a.key === key);
    if (existing) existing.text += ` / ${text}`;
    else out.push({ key, name: name === '내용' ? '특징' : name, text });
  };
  for (const chunk of chunks) {
    if (chunk.aspect) {
      const many = chunks.filter((c) => c.aspect === chunk.aspect).length > 1;
      push(chunk.aspect, many ? chunk.title : chunk.units.map(unitBody).join(' '));
    } else if (chunk.units.some((u) => u.label)) {
      for (const unit of chunk.units) push(unit.label ?? '내용', unitBody(unit));
    } else {
      push('내용', chunk.units.map((u) => u.text).join(' / '));
    }
  }
  return out;
}

/**
 * The subject a phrase names: hits are grouped by subject (an aspect chunk's subject, else the
 * chunk itself) and a subject scores its best hit plus 30% of the others, tripled when its title says the phrase,
 * and multiplied by how many aspects it has to compare (up to five): a comparison needs them.
 */
export function findEntity(knowledge: Knowledge, phrase: string, exclude?: Entity): Entity | undefined {
  const index = knowledge.search;
  const concepts = index.plan(phrase);
  const hits = index.search(concepts, { limit: 16 }).filter((h) => h.coverage >= 0.6);
  // A subject scores its best hit plus a little for each further hit (many weak hits on a long
  // section must not beat one strong hit on the subject the phrase names).
  const groups = new Map<string, { score: number; chunks: Chunk[]; title: string }>();
  for (const hit of hits) {
    const subject = hit.chunk.subject;
    const key = subject ?? hit.chunk.id;
    const group = groups.get(key);
    if (group) {
      group.score += 0.3 * hit.score;
      continue;
    }
    const chunks = subject ? chunksOfSubject(knowledge, subject) : [hit.chunk];
    const title = subject ? (subject.split(' › ').pop() ?? hit.chunk.title) : hit.chunk.title;
    groups.set(key, { score: hit.score, chunks, title });
  }
  let best: { entity: Entity; score: number } | undefined;
  for (const { score, chunks, title } of groups.values()) {
    if (exclude && exclude.chunks[0]?.id === chunks[0]?.id) continue;
    const titleTerms = new Set(analyze(title));
    const titleCovered = concepts.every((c) => c.soft || c.terms.some((t) => titleTerms.has(t)) || c.expansions.some((t) => titleTerms.has(t)));
    const aspects = aspectsOf(chunks);
    const total = score * (titleCovered ? 3 : 1) * Math.min(aspects.length, 5);
    if (!best || total > best.score) best = { entity: { title: shortTitle(title), chunks, aspects }, score: total };
  }
  return best?.entity;
}
