// The notes' main subjects, for help, "what can I ask?" lists and suggested prompts: the subjects
// with the most sections, taken from every note and every part of a note in turn, so a list never
// names only the first chapter of the first file.
import type { Knowledge } from '../knowledge/types.js';
import { shortTitle } from './source.js';

/** Headings that name a part of a subject, not a subject. */
const GENERIC = /^(?:정의|특징|장점|단점|예시|설명|정리|요약|summary|개요)$/i;

/** `IaaS (Infrastructure as a Service)` -> `IaaS` (shortTitle), `RAID 란?` -> `RAID`; numbering such as `1. ` dropped. */
function shortName(title: string): string {
  const short = shortTitle(title.replace(/^\s*\d+[.)]\s*/, ''))
    .replace(/\s*(?:이란|란)\s*\?$/, '')
    .trim();
  return short || title;
}

/** Computed once per loaded knowledge: a no-answer on a large index must not scan every chunk. */
const cache = new WeakMap<Knowledge, Map<number, string[]>>();

/** Up to `count` main subjects, most-covered first: one per note, then one per part, then the rest. */
export function mainSubjects(knowledge: Knowledge, count: number): string[] {
  const byCount = cache.get(knowledge) ?? new Map<number, string[]>();
  cache.set(knowledge, byCount);
  let subjects = byCount.get(count);
  if (!subjects) {
    subjects = computeSubjects(knowledge, count);
    byCount.set(count, subjects);
  }
  return subjects;
}

function computeSubjects(knowledge: Knowledge, count: number): string[] {
  const sections = new Map<string, { file: string; parent: string; chunks: number; first: number }>();
  knowledge.chunks.forEach((chunk, i) => {
    if (chunk.within) return;
    const crumbs = chunk.subject ? chunk.subject.split(' › ') : chunk.breadcrumb.filter((c) => !GENERIC.test(c.trim()));
    const name = crumbs.at(-1);
    if (!name || crumbs.length < 2) return;
    const entry = sections.get(name) ?? { file: chunk.file, parent: crumbs.at(-2) ?? '', chunks: 0, first: i };
    entry.chunks += 1;
    sections.set(name, entry);
  });
  const ranked = [...sections].sort((a, b) => b[1].chunks - a[1].chunks || a[1].first - b[1].first);
  const picked: string[] = [];
  const files = new Set<string>();
  const parents = new Set<string>();
  for (const pass of [0, 1, 2]) {
    for (const [name, { file, parent }] of ranked) {
      const short = shortName(name);
      if (picked.length >= count || picked.includes(short) || short.length > 24) continue;
      if ((pass === 0 && files.has(file)) || (pass === 1 && parents.has(parent))) continue;
      files.add(file);
      parents.add(parent);
      picked.push(short);
    }
  }
  return picked;
}
