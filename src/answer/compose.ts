// Hits -> one focused answer or an honest no-answer. The best chunk must cover most of the question
// (coverage, not raw score); among close ones, the one that answers what is asked (rerank.ts). The
// body keeps the units that answer (pick-units.ts), an overview lists its parts, and a value the
// notes give for another environment follows the recommended one with its own source. <= 700 chars.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk } from '../model/chunk.js';
import { askAction, type Action, type Reply, type Source } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { analyze } from '../search/analyze-ko.js';
import { conceptWeight, covers } from '../search/coverage.js';
import { sourceOf, unitLine } from './source.js';
import { followUpsFor } from './follow-ups.js';
import { chunkById, childrenOf, chunksOfSubject, containerOf, labelled } from './groups.js';
import { canSuggest, suggestReply } from './suggest.js';
import type { Concept } from '../search/query.js';
import { noAnswer } from './no-answer.js';
import { keyConcept, MIN_COVERAGE, unknownName } from './thresholds.js';
import { isDevOnly, questionKind, type QuestionKind } from './question-kind.js';
import { rerank } from './rerank.js';
import { focusOf } from './focus.js';
import { isIntro, pickUnits } from './pick-units.js';
import { answerValues, topicTitle } from './presentation.js';

/** Longest plain-text lookup reply. */
export const ANSWER_LIMIT = 700;

export function feedbackActions(question: string, ref: string): Action[] {
  return [
    { type: 'feedback', label: '👍', vote: 'up', question, ref },
    { type: 'feedback', label: '👎', vote: 'down', question, ref },
  ];
}

/** Lines that show a chunk's parts when the chunk itself only introduces them. */
function partsOf(knowledge: Knowledge, chunk: Chunk): string[] {
  return childrenOf(knowledge, chunk).map((c) => `- **${c.title}**: ${c.units[0]?.text ?? ''}`);
}

/**
 * The same labelled value elsewhere in the notes (개발용 클러스터 › 메모리 after the recommended
 * 메모리): the recommendation or production figure first, the dev cluster's after it.
 */
function alsoSaid(knowledge: Knowledge, label: string, here: string, concepts: Concept[]): Array<{ line: string; source: Source }> {
  const index = knowledge.search;
  const out: Array<{ chunk: Chunk; line: string }> = [];
  const file = chunkById(knowledge, here)?.file;
  // The same note only: another note's 메모리 line is about something else.
  for (const other of labelled(knowledge, label)) {
    if (other.file !== file || other.within === here || out.some((o) => o.chunk.within === other.within)) continue;
    if (index.coverageOf(concepts, other) < MIN_COVERAGE) continue;
    const where = containerOf(knowledge, other)?.title ?? other.breadcrumb.at(-2) ?? '';
    out.push({ chunk: other, line: `- ${where}: ${other.units.map((u) => u.text).join(' ')}` });
  }
  // The production figure before the dev cluster's.
  const dev = (c: Chunk) => Number(isDevOnly(c.breadcrumb.slice(-2).join(' ')));
  out.sort((a, b) => dev(a.chunk) - dev(b.chunk));
  return out.slice(0, 2).map((o) => ({ line: o.line, source: sourceOf(o.chunk) }));
}

/** The label of the one `label: value` line an answer shows, if it shows exactly one. */
function answerLabel(lines: string[], chunk: Chunk): string | undefined {
  const shown = chunk.units.filter((u) => u.label && u.depth === 0 && lines.some((l) => l.endsWith(u.text)));
  return shown.length === 1 ? shown[0]!.label : undefined;
}

export function composeAnswer(knowledge: Knowledge, question: string, notice?: string): Reply {
  const index = knowledge.search;
  const concepts = index.plan(question);
  const kind = questionKind(question);
  const found = index.search(concepts, { limit: 8 });
  const idf = (t: string) => index.idf(t);
  if (unknownName(concepts, idf)) return noAnswer(knowledge, question, found, notice);
  const key = keyConcept(concepts, idf, index.unknownWeight);
  const covering = found.filter((h) => h.coverage >= MIN_COVERAGE && (!key || index.coverageOf([key], h.chunk) > 0));
  if (covering.length === 0) {
    return canSuggest(concepts, found, idf)
      ? suggestReply(knowledge, question, found, notice)
      : noAnswer(knowledge, question, found, notice);
  }
  const focus = (c: Chunk) => focusOf(c, concepts, idf, index.unknownWeight, kind.value);
  const hits = rerank(covering, kind, MIN_COVERAGE, (c) => containerOf(knowledge, c)?.text ?? '', focus);
  return answerFrom(knowledge, hits[0]!.chunk, concepts, kind, question, notice);
}

/** The answer a pressed choice asks for: that section, read for the question that led to it. */
export function composeSection(knowledge: Knowledge, chunkId: string, question: string): Reply | undefined {
  const chunk = chunkById(knowledge, chunkId);
  return chunk && answerFrom(knowledge, chunk, knowledge.search.plan(question), questionKind(question), question);
}

function answerFrom(knowledge: Knowledge, chunk: Chunk, concepts: Concept[], kind: QuestionKind, question: string, notice?: string): Reply {
  const index = knowledge.search;
  const siblings = chunk.aspect ? chunksOfSubject(knowledge, chunk.subject!).filter((c) => c.aspect === chunk.aspect) : [chunk];
  const crumbTerms = new Set(analyze(chunk.breadcrumb.join(' ')));
  const specific = concepts.filter((c) => !covers(c, crumbTerms));
  const container = containerOf(knowledge, chunk);
  const intro = container?.units.find((u) => isIntro(u) && u.line < chunk.startLine);
  let lines: string[];
  const listsParts = siblings.length > 1 && specific.length === 0;
  if (listsParts) {
    lines = siblings.map((c) => `- **${c.title}**: ${c.units.find((u) => !u.label || u.depth === 0)?.text ?? ''}`);
  } else {
    const units = pickUnits(chunk.units, specific, (c) => conceptWeight(c, (t) => index.idf(t), index.unknownWeight), kind);
    lines = [...(intro ? [intro.text] : []), ...units.map((u) => unitLine(u))];
    // An overview that only introduces its parts ("아래 항목을 모두 확인한다") lists them.
    if (chunk.units.length <= 2 || isIntro(chunk.units[chunk.units.length - 1]!)) lines.push(...partsOf(knowledge, chunk));
  }
  const label = chunk.within ? chunk.title : answerLabel(lines, chunk);
  const also = label ? alsoSaid(knowledge, label, chunk.within ?? chunk.id, concepts) : [];
  if (also.length > 0) lines.push('', '노트의 다른 값:', ...also.map((a) => a.line));
  const followUps = followUpsFor(knowledge, chunk);
  const values = kind.value || label ? answerValues(lines) : [];
  const base = {
    kind: 'answer' as const,
    title: topicTitle(chunk, listsParts),
    ...(values.length > 0 && { emphasis: values }),
    sources: [sourceOf(listsParts ? siblings[0]! : chunk), ...also.map((a) => a.source)],
    actions: [...followUps.map((q) => askAction(q)), ...feedbackActions(question, chunk.id)],
    notice,
  };
  return fitBody(base, lines, ANSWER_LIMIT);
}

/** Add body lines while the plain-text reply stays within `limit`; say so when lines were left out. */
export function fitBody(base: Omit<Reply, 'text' | 'body'>, lines: string[], limit: number): Reply {
  let body = '';
  let kept = 0;
  for (const line of lines) {
    const next = body ? `${body}\n${line}` : line;
    if (finishReply({ ...base, body: `${next}\n…` }).text.length > limit) break;
    body = next;
    kept += 1;
  }
  if (kept === 0 && lines[0]) {
    const room = limit - finishReply({ ...base, body: '' }).text.length - 4;
    body = `${lines[0].slice(0, Math.max(0, room))}…`;
  } else if (kept < lines.length) {
    body += '\n…';
  }
  return finishReply({ ...base, body });
}
