// "A vs B" -> both sides side by side, aspect by aspect (정의, 특징, 장점, 단점, 용도, 예시, or the
// row labels of a comparison table), or the units that say each side when both live in one section.
// Where the notes say which to prefer, that line follows the table with its source. Within 1600 chars.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk } from '../model/chunk.js';
import { askAction, type ComparisonRow, type Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { noteFile } from '../model/reply-view.js';
import { analyze } from '../search/analyze-ko.js';
import { coverOf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';
import { aspectsOf, distinctConcepts, findEntity, KEY_ORDER, unitSide, type Entity } from './entity.js';
import { clipAtWord, shortTitle, sourceOf } from './source.js';
import { columnsOf } from './table-row.js';
import { NAMES_SIDE } from './thresholds.js';
import { composeAnswer, feedbackActions } from './compose.js';
import { noAnswer } from './no-answer.js';
import { preferenceFor } from './preference.js';

/** Longest plain-text comparison reply. */
export const COMPARISON_LIMIT = 1600;

const rank = (key: string) => {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
};

function rowsOf(a: Entity, b: Entity, shared: Concept[]): Array<{ aspect: string; cells: [string, string] }> {
  const keys = [...new Set([...a.aspects, ...b.aspects].map((x) => x.key))];
  keys.sort((x, y) => rank(x) - rank(y));
  const rows = keys.map((key) => {
    const left = a.aspects.find((x) => x.key === key);
    const right = b.aspects.find((x) => x.key === key);
    return { aspect: (left ?? right)!.name, cells: [left?.text ?? '', right?.text ?? ''] as [string, string] };
  });
  // Rows about what the question is about come first (개발 vs 운영 *URP 알림*: the URP row).
  const about = shared.filter((c) => c.role === 'content' && !c.soft);
  if (about.length === 0) return rows;
  const hits = (r: { aspect: string; cells: string[] }) => {
    const terms = new Set(analyze(`${r.aspect} ${r.cells.join(' ')}`));
    return about.filter((c) => coverOf(c, terms) > 0).length;
  };
  return rows
    .map((r, i) => ({ r, i, n: hits(r) }))
    .sort((x, y) => y.n - x.n || x.i - y.i)
    .map((x) => x.r);
}

/** A side's name as the question wrote it, without the words both sides share. */
function sideTitle(side: string, distinct: Concept[]): string {
  const words = side.split(/\s+/).filter((w) => distinct.some((c) => c.terms.some((t) => analyze(w).includes(t))));
  return (words.length > 0 ? words.join(' ') : side).replace(/(?:으로|로|은|는|이|가|을|를|에서)$/u, '');
}

/** When side `a` is a table column, the sibling column of that table that names the other side. */
function otherColumn(knowledge: Knowledge, a: Entity, distinct: Concept[]): Entity | undefined {
  const columns = columnsOf(knowledge, a.chunks[0]!).filter((c) => c !== a.chunks[0]);
  let best: { chunk: Chunk; share: number } | undefined;
  for (const chunk of columns) {
    const terms = new Set(analyze(chunk.title));
    const share = distinct.filter((c) => coverOf(c, terms) > 0).length / Math.max(1, distinct.length);
    if (share > 0 && (!best || share > best.share)) best = { chunk, share };
  }
  return best && { title: shortTitle(best.chunk.title), chunks: [best.chunk], aspects: aspectsOf([best.chunk]) };
}

/** True when `text` says the concepts in their own words (an alt like ssl -> 암호화 is no name). */
const names = (concepts: Concept[], text: string) => {
  const terms = new Set(analyze(text));
  const said = (c: Concept) => terms.has(c.terms[0] ?? '') || (c.parts.length > 1 && c.parts.every((t) => terms.has(t)));
  return concepts.length > 0 && concepts.filter(said).length / concepts.length >= NAMES_SIDE;
};

/**
 * Both sides from a section whose title names both (the note's own comparison): its parts titled
 * by each side (table columns, sub-sections), else the lines inside it that say each.
 */
function comparedIn(
  knowledge: Knowledge,
  all: Concept[],
  distinctA: Concept[],
  distinctB: Concept[],
  sides: [string, string],
): { a: Entity; b: Entity } | undefined {
  // Every section titled with both, the one that covers the question best first.
  const seen = new Set<string>();
  const candidates: Array<{ chunk: Chunk; prefix: string[]; fit: number }> = [];
  for (const chunk of knowledge.chunks) {
    const at = chunk.breadcrumb.findIndex((t) => names(distinctA, t) && names(distinctB, t));
    if (at < 0) continue;
    const prefix = chunk.breadcrumb.slice(0, at + 1);
    const key = `${chunk.file}\u0000${prefix.join('\u0000')}`;
    const fit = knowledge.search.coverageOf(all, chunk);
    const known = candidates.find((c) => `${c.chunk.file}\u0000${c.prefix.join('\u0000')}` === key);
    if (known) known.fit = Math.max(known.fit, fit);
    else if (!seen.has(key)) candidates.push({ chunk, prefix, fit });
    seen.add(key);
  }
  candidates.sort((x, y) => y.fit - x.fit);
  for (const { chunk, prefix } of candidates) {
    const inside = knowledge.chunks.filter((c) => c.file === chunk.file && prefix.every((t, i) => c.breadcrumb[i] === t) && !c.within);
    const part = (own: Concept[], other: Concept[]) =>
      inside.filter(
        (c) =>
          c.breadcrumb.length > prefix.length && names(own, c.breadcrumb[prefix.length]!) && !names(other, c.breadcrumb[prefix.length]!),
      );
    const [partsA, partsB] = [part(distinctA, distinctB), part(distinctB, distinctA)];
    if (partsA.length > 0 && partsB.length > 0) {
      const entity = (parts: Chunk[]): Entity => ({
        title: shortTitle(parts[0]!.breadcrumb[prefix.length]!),
        chunks: parts,
        aspects: aspectsOf(parts),
      });
      return { a: entity(partsA), b: entity(partsB) };
    }
    const a = unitSide(knowledge, inside, distinctA, sideTitle(sides[0], distinctA));
    const b = unitSide(knowledge, inside, distinctB, sideTitle(sides[1], distinctB));
    if (a && b && a.aspects[0]?.text !== b.aspects[0]?.text) return { a, b };
  }
  return undefined;
}

function resolve(knowledge: Knowledge, sides: [string, string]): { a?: Entity; b?: Entity; shared: Concept[] } {
  const index = knowledge.search;
  const planA = index.plan(sides[0]);
  const planB = index.plan(sides[1]);
  const distinctA = distinctConcepts(planA, planB);
  const distinctB = distinctConcepts(planB, planA);
  const shared = planA.filter((c) => !distinctA.includes(c));
  let a = findEntity(knowledge, planA, distinctA, distinctB);
  // A table that compares the two (개발 | 운영 columns) is the first source for the other side.
  let b = (a && otherColumn(knowledge, a, distinctB)) ?? findEntity(knowledge, planB, distinctB, distinctA, a);
  // Sides whose titles do not name them ("컨슈머 그룹과 리밸런싱" for eager): the section the note
  // itself titles with both ("Eager vs Cooperative 리밸런싱", "delete vs compact") says it better.
  if (!(a && b && names(distinctA, a.title) && names(distinctB, b.title))) {
    const own = comparedIn(knowledge, [...planA, ...distinctB], distinctA, distinctB, sides);
    if (own) return { ...own, shared };
  }
  if (a && b && a.chunks.some((c) => b!.chunks.includes(c))) b = undefined;
  if (!a || !b) {
    // Both sides inside one section (롤백 전/후): the units that say each.
    const chunks: Chunk[] = index.search([...planA, ...distinctB], { limit: 8 }).map((h) => h.chunk);
    a ??= unitSide(knowledge, chunks, distinctA, sideTitle(sides[0], distinctA));
    b ??= unitSide(knowledge, chunks, distinctB, sideTitle(sides[1], distinctB));
  }
  return { a, b, shared };
}

export function composeComparison(knowledge: Knowledge, sides: [string, string], question: string, notice?: string): Reply {
  const { a, b, shared } = resolve(knowledge, sides);
  if (!a && !b) return noAnswer(knowledge, question, [], notice);
  if (!a || !b) {
    const found = a ? sides[0] : sides[1];
    const missing = a ? sides[1] : sides[0];
    return composeAnswer(
      knowledge,
      found,
      `"${clipAtWord(missing, 40)}"은(는) 노트에 없어서 비교할 수 없어요. ${clipAtWord(found, 40)}에 대한 내용만 보여 드려요.`,
    );
  }
  const all = rowsOf(a, b, shared).filter((r) => r.cells.some(Boolean));
  const preference = preferenceFor(knowledge, a, b, shared);
  const followUps = [`${a.title} 장점`, `${b.title} 단점`].filter((q) => q.length <= 60);
  const sources = [sourceOf(a.chunks[0]!), sourceOf(b.chunks[0]!)];
  const base = {
    kind: 'comparison' as const,
    title: `${a.title} vs ${b.title}`,
    sources,
    actions: [...followUps.map((q) => askAction(q)), ...feedbackActions(question, `${a.chunks[0]!.id}|${b.chunks[0]!.id}`)],
    notice,
  };
  const body = '노트에 적힌 내용을 항목별로 나란히 놓았어요.';
  const verdict = preference && `${clipAtWord(preference.text, 200)} (${noteFile(preference.source.file)}:${preference.source.line})`;
  for (let count = all.length; count >= 1; count--) {
    const rows = all.slice(0, count);
    for (let cell = 260; cell >= 60; cell -= 20) {
      const trimmed: ComparisonRow[] = rows.map((r) => ({ aspect: r.aspect, cells: r.cells.map((c) => clipAtWord(c, cell)) }));
      const reply = finishReply({ ...base, body, comparison: { columns: [a.title, b.title], rows: trimmed, verdict } });
      if (reply.text.length <= COMPARISON_LIMIT) return reply;
    }
  }
  return finishReply({ ...base, body, comparison: { columns: [a.title, b.title], rows: [], verdict } });
}
