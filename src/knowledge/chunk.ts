// Section tree -> the smallest self-contained chunks: one aspect list (IaaS › 장점), one item of a
// list of titled items (RAID 0, RAID 1, …), one table column or row, else a section's own text.
// Quiz markup met on the way (read by the loader's QuizMarkerHook) becomes QuizItems with the breadcrumb
// of the section they sit in.
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Chunk, QuizItem, Unit } from '../model/chunk.js';
import type { Section } from './sections.js';
import { cleanTitle, inlineText } from './inline.js';
import { itemUnits, sentenceUnits, unitsOf, type LineMap } from './units.js';
import { labelChunks } from './label-chunks.js';
import { tablePieces } from './table-chunks.js';
import { isAspectWord } from './aspect-words.js';

interface Aspect {
  subject: string;
  aspect: string;
}

/**
 * Reads quiz markup on a list item's first line, given the breadcrumb of its section: the statement,
 * its answer and topic keys, and which explanation lines only cite a source; or undefined for an
 * ordinary item. The loader passes the quiz's reader (src/quiz/markup.ts), so the chunker knows no
 * quiz syntax. A marked item is quiz material, never answer text.
 */
export type QuizMarkerHook = (
  firstLine: string,
  breadcrumb: string[],
  explanation: string,
) => (Pick<QuizItem, 'statement' | 'topics'> & { answer?: QuizItem['answer']; explanation?: string }) | undefined;

interface Ctx {
  file: string;
  map: LineMap;
  marker?: QuizMarkerHook;
  chunks: Chunk[];
  /** Ids of `chunks` (a note has hundreds: looking each new id up in the list was quadratic). */
  ids: Set<string>;
  quiz: QuizItem[];
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

/** A paragraph that is only `**label**` (optionally with a colon). */
function labelOf(block: RootContent): string | undefined {
  if (block.type !== 'paragraph') return undefined;
  const parts = block.children.filter((c) => !(c.type === 'text' && /^[\s:：]*$/.test(c.value)));
  return parts.length === 1 && parts[0]?.type === 'strong' ? cleanTitle(inlineText(parts[0])) : undefined;
}

/** Items whose first line is bold and that carry a nested list: each is its own subject. */
const isTitledItem = (item: ListItem) =>
  item.children[0]?.type === 'paragraph' && (item.children[0] as Paragraph).children[0]?.type === 'strong' && item.children.length > 1;
const isSplittable = (list: List) => list.children.filter(isTitledItem).length >= 2;

/** Without `marker`, no quiz items are read and marked items stay ordinary text. */
export function chunkSections(root: Section, file: string, map: LineMap, marker?: QuizMarkerHook): { chunks: Chunk[]; quiz: QuizItem[] } {
  const ctx: Ctx = { file, map, marker, chunks: [], ids: new Set(), quiz: [] };
  walk(root, [], ctx, undefined);
  return { chunks: ctx.chunks, quiz: ctx.quiz };
}

function walk(section: Section, parent: string[], ctx: Ctx, inherited: Aspect | undefined): void {
  const crumbs = section.title ? [...parent, section.title] : parent;
  const aspect = isAspectWord(section.title) ? { subject: parent.join(' › '), aspect: section.title } : inherited;
  emitBlocks(section.blocks, crumbs, ctx.map(section.line), ctx, aspect);
  for (const child of section.children) walk(child, crumbs, ctx, aspect);
}

function emitBlocks(blocks: RootContent[], crumbs: string[], line: number, ctx: Ctx, aspect: Aspect | undefined, lead: Unit[] = []): void {
  const body: Unit[] = [...lead];
  const groups: Array<{ label: string; line: number; blocks: RootContent[] }> = [];
  for (const block of blocks) {
    const label = labelOf(block);
    if (label) {
      groups.push({ label, line: ctx.map(lineOf(block)), blocks: [] });
      continue;
    }
    const group = groups[groups.length - 1];
    if (group) {
      group.blocks.push(block);
    } else if (block.type === 'table') {
      for (const piece of tablePieces(block, ctx.map)) {
        addChunk(ctx, [...crumbs, piece.title], piece.line, piece.units, aspect);
      }
    } else if (block.type === 'list' && isSplittable(block)) {
      for (const item of block.children) {
        if (isTitledItem(item)) emitItem(item, crumbs, ctx, aspect);
        else body.push(...itemUnits(item, ctx.map, 0, quizHook(ctx, crumbs, line)));
      }
    } else {
      body.push(...unitsOf(block, ctx.map, 0, quizHook(ctx, crumbs, line)));
    }
  }
  addChunk(ctx, crumbs, line, body, aspect);
  for (const group of groups) {
    emitBlocks(group.blocks, [...crumbs, group.label], group.line, ctx, { subject: crumbs.join(' › '), aspect: group.label });
  }
}

/**
 * A titled item's title is its bold label; a sentence after the label (`**URP**: 반드시 0이어야
 * 한다. …`) is the first unit of its chunk, never part of the title.
 */
function emitItem(item: ListItem, crumbs: string[], ctx: Ctx, inherited: Aspect | undefined): void {
  const [first, ...rest] = item.children;
  const paragraph = first as Paragraph;
  const label = cleanTitle(inlineText(paragraph.children[0]!));
  const whole = inlineText(paragraph);
  const after = whole
    .slice(inlineText(paragraph.children[0]!).length)
    .replace(/^\s*[:：]\s*/, '')
    .trim();
  const title = after ? label : cleanTitle(whole);
  const lead = after ? sentenceUnits(after, ctx.map(lineOf(paragraph)), 0, false) : [];
  const aspect = isAspectWord(title) ? { subject: crumbs.join(' › '), aspect: title } : inherited;
  emitBlocks(rest as RootContent[], [...crumbs, title], ctx.map(lineOf(item)), ctx, aspect, lead);
}

function addChunk(ctx: Ctx, crumbs: string[], line: number, units: Unit[], aspect: Aspect | undefined): void {
  if (units.length === 0) return;
  const startLine = Math.min(line || Infinity, ...units.map((u) => u.line));
  let id = `${ctx.file}#L${startLine}`;
  if (ctx.ids.has(id)) id += `:${ctx.chunks.length}`;
  const chunk: Chunk = {
    id,
    file: ctx.file,
    startLine,
    endLine: Math.max(...units.map((u) => u.line)),
    breadcrumb: crumbs,
    title: crumbs[crumbs.length - 1] ?? ctx.file,
    subject: aspect?.subject,
    aspect: aspect?.aspect,
    units,
    text: units.map((u) => u.text).join('\n'),
  };
  for (const c of [chunk, ...labelChunks(chunk)]) {
    ctx.chunks.push(c);
    ctx.ids.add(c.id);
  }
}

function quizHook(ctx: Ctx, crumbs: string[], sectionLine: number) {
  return (item: ListItem, firstLine: string, nested: Unit[]): Unit[] | undefined => {
    const explanation = nested.map((u) => u.text).join(' ');
    const marked = ctx.marker?.(firstLine, crumbs, explanation);
    if (!marked) return undefined;
    // A statement whose answer the note never writes is no quiz item, but quiz material still.
    if (!marked.answer) return [];
    const line = ctx.map(lineOf(item));
    ctx.quiz.push({
      id: `${ctx.file.replace(/^.*\//, '').replace(/\.md$/, '')}-L${line}`,
      statement: marked.statement,
      answer: marked.answer,
      explanation: marked.explanation ?? explanation,
      source: { breadcrumb: crumbs, file: ctx.file, line: sectionLine },
      topics: marked.topics,
      origin: { file: ctx.file, line },
    });
    // Quiz material: the statement is often false and the explanation repeats the section it cites.
    return [];
  };
}
