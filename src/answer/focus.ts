// How well one unit of a chunk, read with the chunk's title and place, answers a question: the
// smallest piece that answers beats a long section whose words are spread over many lines.
import type { Chunk } from '../model/chunk.js';
import { analyze } from '../search/analyze-ko.js';
import { coverage, type Idf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';

/** Coverage of `concepts` by the chunk's head (title, place, framing) plus its best single unit. */
export function focusOf(chunk: Chunk, concepts: Concept[], idf: Idf, unknown: number, wantsValue: boolean): number {
  const head = analyze([...chunk.breadcrumb.slice(-2), chunk.context ?? ''].join(' '));
  // The named thing a section further up is about (SaaS › … › 단점 › 비용): half credit, as in ranking.
  const ancestors = new Set(analyze(chunk.breadcrumb.slice(0, -2).join(' ')).filter((t) => /^[a-z][a-z0-9]+$/.test(t)));
  let best = 0;
  for (const unit of chunk.units) {
    const terms = new Set([...head, ...analyze(`${unit.label ?? ''} ${unit.text}`)]);
    // A value question is answered by a line that holds one.
    const value = wantsValue && !/\d/.test(unit.text) ? 0.7 : 1;
    best = Math.max(best, coverage(concepts, terms, idf, unknown, ancestors) * value);
  }
  return best;
}
