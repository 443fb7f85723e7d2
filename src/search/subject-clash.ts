// A section about another named thing: "SaaS 비용 절감돼?" must not be answered by IaaS › 특징 ›
// 비용 절감 because 비용 and 절감 are rarer in the notes than SaaS. When the question names a thing
// (a Latin name: SaaS, XFS, RAID 5) the section does not say, and the section's own titles name
// another, the section is about a sibling: its coverage counts for less.
import { analyzeWords } from './analyze-ko.js';
import type { Concept } from './query.js';
import { coverOf } from './coverage.js';
import type { TermLookup } from './term-sets.js';

/** What coverage keeps when a section names another thing than the question. */
export const CLASH_FACTOR = 0.5;
/** Titles nearest the section that say what it is about (IaaS › 특징 › 비용 절감). */
const NEAR_TITLES = 3;

const cache = new Map<string, string[]>();

/** Name terms (Latin letters, with digits joined: raid10, iaas) of the section's nearest titles. */
export function titleNames(breadcrumb: string[]): string[] {
  const key = breadcrumb.slice(-NEAR_TITLES).join('\u0000');
  let names = cache.get(key);
  if (!names) {
    names = analyzeWords(breadcrumb.slice(-NEAR_TITLES).join(' '))
      .map((w) => w.terms[0] ?? '')
      .filter((t) => t.length >= 3 && /^[a-z][a-z0-9]+$/.test(t) && /[a-z]{2}/.test(t));
    if (cache.size > 5000) cache.clear();
    cache.set(key, names);
  }
  return names;
}

const isName = (c: Concept) => c.role === 'content' && /^[a-z][a-z0-9]+$/.test(c.terms[0] ?? '') && /[a-z]{2}/.test(c.terms[0] ?? '');

/**
 * True when the question names a thing the section does not say and the section's titles name
 * another; `subjects` are the names some section of the notes is titled with (SaaS, not "provider").
 */
export function clashes(
  concepts: Concept[],
  breadcrumb: string[],
  terms: TermLookup,
  ancestors: TermLookup,
  subjects: ReadonlySet<string>,
): boolean {
  const names = concepts.filter((c) => isName(c) && subjects.has(c.terms[0]!));
  if (names.length === 0) return false;
  const missing = names.some((c) => coverOf(c, terms) === 0 && coverOf(c, ancestors) === 0);
  if (!missing) return false;
  const asked = new Set(concepts.flatMap((c) => [...c.terms, ...c.alts.flat(), ...c.near]));
  return titleNames(breadcrumb).some((t) => !asked.has(t));
}
