// How much of a question a chunk covers: each concept weighs its IDF (rare words matter, 카프카
// hardly), aspect words half; a concept is covered by its own terms, a glossary synonym, or all of
// its Hangul bigrams. This, not the raw score, decides between an answer and an honest "not in the notes".
import type { Concept } from './query.js';

/** IDF of a term, or undefined when no chunk has it. */
export type Idf = (term: string) => number | undefined;

/** A concept weighs the IDF of its rarest known term (own terms first, then synonyms). */
export function conceptWeight(concept: Concept, idf: Idf, unknown: number): number {
  const known = (list: string[]) => list.map(idf).filter((v): v is number => v !== undefined);
  const own = known(concept.terms);
  const pool = own.length > 0 ? own : known(concept.expansions);
  return (pool.length > 0 ? Math.max(...pool) : unknown) * (concept.soft ? 0.5 : 1);
}

export function covers(concept: Concept, terms: Set<string>): boolean {
  if (concept.terms.some((t) => terms.has(t)) || concept.expansions.some((t) => terms.has(t))) return true;
  return concept.grams.length >= 2 && concept.grams.every((g) => terms.has(g));
}

export function coverage(concepts: Concept[], terms: Set<string>, idf: Idf, unknown: number): number {
  let total = 0;
  let covered = 0;
  for (const concept of concepts) {
    const w = conceptWeight(concept, idf, unknown);
    total += w;
    if (covers(concept, terms)) covered += w;
  }
  return total === 0 ? 0 : covered / total;
}
