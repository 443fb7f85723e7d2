// One side of a comparison: what a phrase names in the notes. Either a subject (a section, an aspect
// group like PaaS › 장점/단점, a table column) whose title says the side, with its aspects to line up;
// or, when both sides live inside one section (롤백 전/후, ZooKeeper/KRaft 모드), the units that say it.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk, Unit } from '../model/chunk.js';
import { analyze } from '../search/analyze-ko.js';
import { coverOf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';
import type { TermLookup } from '../search/term-sets.js';
import { shortTitle, unitBody } from './source.js';
import { chunksOfSubject } from './groups.js';
import { NAMES_SIDE, SIDE_COVERAGE } from './thresholds.js';

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
  /** Set when the side is a few units inside a chunk rather than a whole subject. */
  units?: Unit[];
}

const KEYS: Record<string, string> = {
  정의: 'def',
  설명: 'def',
  개요: 'def',
  특징: 'feat',
  '주요 특징': 'feat',
  내용: 'feat',
  장점: 'pros',
  단점: 'cons',
  용도: 'use',
  예시: 'ex',
};
/** Rows print in this order; other aspects follow in the order met. */
export const KEY_ORDER = ['def', 'feat', 'pros', 'cons', 'use', 'ex'];

export function aspectsOf(chunks: Chunk[]): Aspect[] {
  const out: Aspect[] = [];
  const push = (name: string, text: string) => {
    const key = KEYS[name] ?? name.toLowerCase();
    const existing = out.find((a) => a.key === key);
    // A cell's items on their own lines: renderers draw them as a list, never glued together.
    if (existing) existing.text += `\n${text}`;
    else out.push({ key, name: name === '내용' ? '특징' : name, text });
  };
  for (const chunk of chunks) {
    if (chunk.aspect) {
      const many = chunks.filter((c) => c.aspect === chunk.aspect).length > 1;
      push(chunk.aspect, many ? chunk.title : chunk.units.map(unitBody).join('\n'));
    } else if (chunk.units.some((u) => u.label)) {
      for (const unit of chunk.units) push(unit.label ?? '내용', unitBody(unit));
    } else {
      push('내용', chunk.units.map((u) => u.text).join('\n'));
    }
  }
  return out;
}

/** The concepts that tell this side from the other (동적 of "동적 설정" vs "정적 설정"). */
export function distinctConcepts(own: Concept[], other: Concept[]): Concept[] {
  const theirs = new Set(other.flatMap((c) => c.terms));
  const distinct = own.filter((c) => !c.terms.some((t) => theirs.has(t)));
  return distinct.length > 0 ? distinct : own;
}

const share = (concepts: Concept[], terms: TermLookup) =>
  concepts.length === 0 ? 0 : concepts.reduce((sum, c) => sum + coverOf(c, terms), 0) / concepts.length;

/**
 * The subject a side names: hits for the side (with the words both sides share) are grouped by
 * subject; a group counts only when its title (naming this side, not both) or text says what tells it from the other,
 * and scores its best hit plus 30% of the others, tripled when its title says it, times the aspects
 * it has to compare (up to five).
 */
export function findEntity(
  knowledge: Knowledge,
  concepts: Concept[],
  distinct: Concept[],
  other: Concept[],
  exclude?: Entity,
): Entity | undefined {
  const index = knowledge.search;
  // A side is found by what tells it apart; the words both sides share only need to be near.
  const hits = index.search(concepts, { limit: 20 }).filter((h) => h.coverage >= SIDE_COVERAGE);
  const groups = new Map<string, { score: number; chunks: Chunk[]; title: string; text: number }>();
  for (const hit of hits) {
    const subject = hit.chunk.subject;
    const key = subject ?? hit.chunk.id;
    const text = share(distinct, index.termsOf(hit.chunk));
    const group = groups.get(key);
    if (group) {
      group.score += 0.3 * hit.score;
      group.text = Math.max(group.text, text);
      continue;
    }
    const chunks = subject ? chunksOfSubject(knowledge, subject) : [hit.chunk];
    const title = subject ? (subject.split(' › ').pop() ?? hit.chunk.title) : hit.chunk.title;
    groups.set(key, { score: hit.score, chunks, title, text });
  }
  let best: { entity: Entity; score: number; named: boolean } | undefined;
  for (const { score, chunks, title, text } of groups.values()) {
    if (exclude && exclude.chunks[0]?.id === chunks[0]?.id) continue;
    const titleTerms = new Set(analyze(title));
    // A title that names both sides ("lz4 와 zstd 중 어느 쪽이 나은가?") is about neither alone.
    const named = share(distinct, titleTerms) >= NAMES_SIDE && !(other.length > 0 && share(other, titleTerms) >= NAMES_SIDE);
    // A section whose title names the side beats any that only mentions it.
    if ((!named && text < NAMES_SIDE) || (best?.named && !named)) continue;
    const aspects = aspectsOf(chunks);
    // "keystore" is the section titled keystore, not "새 keystore 준비".
    const precision = titlePrecision(title, distinct);
    const total = score * (named ? 3 : 1) * Math.min(aspects.length, 5) * (0.4 + 0.6 * precision);
    if (!best || (named && !best.named) || total > best.score)
      best = { entity: { title: shortTitle(title), chunks, aspects }, score: total, named };
  }
  return best?.entity;
}

/** Share of a title's words that the side's distinguishing concepts name. */
function titlePrecision(title: string, distinct: Concept[]): number {
  const words = title
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((w) => analyze(w).length > 0);
  if (words.length === 0) return 0;
  return words.filter((w) => share(distinct, new Set(analyze(w))) > 0).length / words.length;
}

/** A unit and the ones nested under it (a `**ZooKeeper 모드**:` bullet and its sub-bullets). */
function withNested(units: Unit[], i: number): Unit[] {
  const out = [units[i]!];
  for (let k = i + 1; k < units.length && units[k]!.depth > units[i]!.depth; k++) out.push(units[k]!);
  return out;
}

/** The units of `chunks` that say what tells this side from the other, as a side of its own. */
export function unitSide(knowledge: Knowledge, chunks: Chunk[], distinct: Concept[], title: string): Entity | undefined {
  for (const chunk of chunks) {
    const picked: Unit[] = [];
    chunk.units.forEach((unit, i) => {
      if (picked.includes(unit)) return;
      const terms = new Set(analyze(`${unit.label ?? ''} ${unit.text}`));
      if (share(distinct, terms) >= NAMES_SIDE) picked.push(...withNested(chunk.units, i).filter((u) => !picked.includes(u)));
    });
    if (picked.length > 0) {
      return { title, chunks: [chunk], units: picked, aspects: [{ key: 'feat', name: '내용', text: picked.map(unitBody).join('\n') }] };
    }
  }
  return undefined;
}
