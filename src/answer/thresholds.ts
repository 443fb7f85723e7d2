// The confidence bars every composer shares, in one place so the lookup, the comparison sides and
// the suggestion band agree on what "the notes cover this" means.

import { conceptWeight, isKnown, type Idf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';

/** Share of the question (IDF-weighted) the best chunk must cover to count as an answer. */
export const MIN_COVERAGE = 0.5;
/** Share of a comparison side (its own words and the words both sides share) a section must cover. */
export const SIDE_COVERAGE = 0.35;
/** Share of a comparison side's own words a title or unit must name to be *about* that side (not merely mention it). */
export const NAMES_SIDE = 0.8;

/**
 * The question's most specific content word that the notes only know by a synonym (log *compaction*
 * via 압축 정리): an answer must say it, or what the notes call it, however much of the rest it covers.
 */
export function keyConcept(concepts: Concept[], idf: Idf, unknown: number): Concept | undefined {
  let best: { c: Concept; w: number } | undefined;
  for (const c of concepts) {
    // Latin words only: a Hangul compound's split (디스크개수 -> 디스크 + 개수) is the bot's own guess.
    if (
      c.role !== 'content' ||
      c.soft ||
      c.alts.length === 0 ||
      !/^[a-z]/.test(c.terms[0] ?? '') ||
      c.terms.some((t) => idf(t) !== undefined)
    )
      continue;
    const w = conceptWeight(c, idf, unknown);
    if (!best || w > best.w) best = { c, w };
  }
  return best?.c;
}

/**
 * A name, term or config key in Latin letters that no note has, under any spelling (Terraform, Flink,
 * compaction, max.poll.records): the question is about something the notes lack, however much else it shares.
 */
export function unknownName(concepts: Concept[], idf: Idf): Concept | undefined {
  return concepts.find(
    (c) =>
      c.role === 'content' &&
      (/^[a-z][a-z0-9]{2,}$/.test(c.terms[0] ?? '') || (c.parts.length > 0 && /[a-z]/.test(c.terms[0] ?? ''))) &&
      !isKnown(c, idf),
  );
}
