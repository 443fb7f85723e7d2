// How much of a question a chunk covers: each concept weighs its IDF (rare words matter, 카프카
// hardly), aspect words half, predicates little; a concept is covered by its own terms, a synonym,
// a typo variant, or all of its Hangul bigrams. This, not the raw score, decides between an answer
// and an honest "not in the notes": a content word no note has weighs the most.
import type { Concept } from './query.js';
import type { TermLookup } from './term-sets.js';

/** IDF of a term, or undefined when no chunk has it. */
export type Idf = (term: string) => number | undefined;

/** Share of a concept's weight that each kind of match earns. */
const CREDIT = { own: 1, alt: 0.9, parts: 0.9, near: 0.8, grams: 0.8, part: 0.4 };

function maxIdf(terms: string[], idf: Idf): number | undefined {
  let best: number | undefined;
  for (const t of terms) {
    const v = idf(t);
    if (v !== undefined && (best === undefined || v > best)) best = v;
  }
  return best;
}

/** A phrase synonym ([압축, 정리]) is as rare as its words together. */
function altIdf(alts: Concept['alts'], idf: Idf, cap: number): number | undefined {
  let best: number | undefined;
  for (const alt of alts) {
    const v = Math.min(
      cap,
      alt.reduce((sum, t) => sum + (idf(t) ?? 0), 0),
    );
    if (v > 0 && (best === undefined || v > best)) best = v;
  }
  return best;
}

/** What an unknown Korean word no lexicon knows weighs, as a share of a missing name's weight. */
const WEAK = 0.5;

/** True when the notes say the concept in some form: its own word, a synonym or a variant. */
export function isKnown(concept: Concept, idf: Idf): boolean {
  const has = (t: string) => idf(t) !== undefined;
  return concept.terms.some(has) || concept.alts.some((alt) => alt.every(has)) || concept.near.some(has);
}

/** A concept weighs the IDF of its rarest known term (own terms first, then synonyms, then variants). */
export function conceptWeight(concept: Concept, idf: Idf, unknown: number): number {
  // A config key or command the notes never write (max.poll.records) is unknown, whatever its parts.
  const base =
    maxIdf(concept.terms, idf) ??
    altIdf(concept.alts, idf, unknown) ??
    maxIdf(concept.near, idf) ??
    (concept.grams.length >= 2 && concept.grams.every((g) => idf(g) !== undefined) ? maxIdf(concept.grams, idf) : undefined);
  // A content word no note has is what the notes lack; an everyday English word (React *component*)
  // says a little; an unknown Korean predicate (없어졌어, 남겨 둬) says nothing about the topic.
  if (base === undefined) {
    if (concept.role === 'content') return concept.weak ? WEAK * unknown : unknown;
    return concept.role === 'everyday' ? 0.15 * unknown : 0;
  }
  const role = concept.role === 'predicate' ? 0.35 : concept.role === 'function' || concept.role === 'chat' ? 0.3 : 1;
  return base * (concept.soft ? 0.5 : 1) * role;
}

/** 0..1: how well a chunk's terms cover one concept. */
export function coverOf(concept: Concept, terms: TermLookup): number {
  if (terms.has(concept.terms[0] ?? '')) return CREDIT.own;
  if (concept.alts.some((alt) => alt.every((t) => terms.has(t)))) return CREDIT.alt;
  if (concept.parts.length > 1 && concept.parts.every((t) => terms.has(t))) return CREDIT.parts;
  if (concept.near.some((t) => terms.has(t))) return CREDIT.near;
  if (concept.grams.length >= 2 && concept.grams.every((g) => terms.has(g))) return CREDIT.grams;
  // A part of a mixed word only (`lz` or `4` of lz4, `raid` of raid10) says little.
  if (concept.terms.some((t) => terms.has(t))) return CREDIT.part;
  return 0;
}

export function covers(concept: Concept, terms: TermLookup): boolean {
  return coverOf(concept, terms) > 0;
}

/** Credit for a concept only the chunk's far ancestors say (a 알림 question, a chunk deep in the 알림 note). */
const ANCESTOR_CREDIT = 0.5;

/** IDF-weighted share of the concepts a chunk covers; `ancestors` are its far breadcrumb's terms. */
export function coverage(concepts: Concept[], terms: TermLookup, idf: Idf, unknown: number, ancestors?: TermLookup): number {
  let total = 0;
  let covered = 0;
  for (const concept of concepts) {
    const w = conceptWeight(concept, idf, unknown);
    total += w;
    const own = coverOf(concept, terms);
    covered += w * (own > 0 || !ancestors ? own : ANCESTOR_CREDIT * coverOf(concept, ancestors));
  }
  return total === 0 ? 0 : covered / total;
}
