// Among chunks that cover a question about equally, the one that answers what it asks: the
// recommendation or production figure before a dev-only column, the note's own guidance ("…가 나은
// 경우") for 언제/which-is-better, a line with a value for 몇/얼마, and never the opposite aspect.
import type { Chunk } from '../model/chunk.js';
import type { SearchHit } from '../search/search-index.js';
import { GUIDES, isDevOnly, RECOMMENDS, type QuestionKind } from './question-kind.js';

const ASPECT_OF: Record<string, 'pros' | 'cons'> = {
  장점: 'pros',
  pros: 'pros',
  advantages: 'pros',
  단점: 'cons',
  cons: 'cons',
  disadvantages: 'cons',
};

/** The aspect a chunk is about (its own aspect, a breadcrumb segment, or its title). */
function aspectOf(chunk: Chunk): 'pros' | 'cons' | undefined {
  for (const name of [chunk.aspect, chunk.title, ...chunk.breadcrumb].reverse()) {
    const key = name?.toLowerCase().trim();
    if (key && ASPECT_OF[key]) return ASPECT_OF[key];
  }
  return undefined;
}

function factor(hit: SearchHit, kind: QuestionKind, parentText: (chunk: Chunk) => string): number {
  const chunk = hit.chunk;
  let f = 1;
  // The chunk's own place (개발용 클러스터 › 메모리), not far ancestors that may say 운영 in passing.
  if (!kind.dev && isDevOnly(chunk.breadcrumb.slice(-2).join(' '))) f *= 0.6;
  const aspect = aspectOf(chunk);
  if (kind.aspect && aspect && aspect !== kind.aspect) f *= 0.25;
  // For "which should I use", a line the notes frame as their recommendation is their own guidance.
  if (RECOMMENDS.test(chunk.text) || RECOMMENDS.test(parentText(chunk))) f *= kind.guidance ? 2.4 : kind.value ? 1.3 : 1.1;
  if (kind.guidance && GUIDES.test(chunk.title)) f *= 1.5;
  return f;
}

/** Hits re-ordered by what the question asks for; only hits that cover it nearly as well compete. */
export function rerank(
  hits: SearchHit[],
  kind: QuestionKind,
  floor: number,
  parentText: (chunk: Chunk) => string,
  focus: (chunk: Chunk) => number,
): SearchHit[] {
  const best = hits[0];
  if (!best) return hits;
  const close = hits.filter((h) => h.coverage >= Math.max(best.coverage - 0.15, floor));
  const rest = hits.filter((h) => !close.includes(h));
  // How well one line answers, squared: a section whose words are spread over many lines loses.
  const scored = close.map((h) => ({ h, s: h.score * factor(h, kind, parentText) * focus(h.chunk) ** 2 }));
  scored.sort((a, b) => b.s - a.s);
  return [...scored.map((x) => x.h), ...rest];
}
