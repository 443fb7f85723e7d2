// Hits -> one focused answer or an honest no-answer. The best chunk must cover most of the question
// (coverage, not raw score); among close ones, the one that answers what is asked (rerank.ts). The
// body keeps the units that answer (pick-units.ts), an overview lists its parts, and a value the
// notes give for another environment follows the recommended one with its own source. <= 700 chars.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk, Unit } from '../model/chunk.js';
import { columnsOf, tableRow } from './table-row.js';
import { askAction, type Action, type Reply, type Source } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { analyze } from '../search/analyze-ko.js';
import { conceptWeight, covers, isKnown } from '../search/coverage.js';
import { sourceOf, unitLine } from './source.js';
import { followUpsFor } from './follow-ups.js';
import { chunkById, childrenOf, chunksOfSubject, containerOf, labelled } from './groups.js';
import { canSuggest, sectionChoice, suggestReply } from './suggest.js';
import type { Concept } from '../search/query.js';
import type { SearchHit } from '../search/search-index.js';
import { noAnswer } from './no-answer.js';
import { keyConcept, MIN_COVERAGE } from './thresholds.js';
import { COUNT_LABEL, isDevOnly, questionKind, type QuestionKind } from './question-kind.js';
import { rerank } from './rerank.js';
import { focusOf } from './focus.js';
import { isIntro, isShort, labelAsked, pickUnits } from './pick-units.js';
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

/** The missing names as the question writes them ("Kafka Streams", "Cruise Control"). */
function asWritten(question: string, missing: Concept[]): string | undefined {
  const tokens = question.split(/\s+/);
  const at = tokens.findIndex((t) => missing.some((c) => t.toLowerCase().startsWith(c.terms[0] ?? '\u0000')));
  if (at < 0) return undefined;
  // A name of two capitalized words (Cruise Control) keeps both.
  const from = at > 0 && /^[A-Z]/.test(tokens[at - 1] ?? '') && /^[A-Z]/.test(tokens[at]!) ? at - 1 : at;
  return tokens
    .slice(from, at + 1)
    .join(' ')
    .replace(/[^\w.\-\s]+$/u, '')
    .replace(/(?<=[A-Za-z0-9])[\uac00-\ud7a3]+$/, '');
}

/** Least coverage of the nearest section for a hedged answer (every content word known). */
const HEDGE_COVERAGE = 0.3;
/** The line a hedged answer opens with. */
export const HEDGE = '노트에 딱 맞는 문장은 없어서, 가장 가까운 부분을 보여 드려요.';

/** True when the notes know every content word of the question: nothing it asks about is missing. */
function subjectInNotes(concepts: Concept[], idf: (t: string) => number | undefined): boolean {
  const content = concepts.filter((c) => c.role === 'content');
  return content.some((c) => isKnown(c, idf)) && content.every((c) => c.weak || isKnown(c, idf));
}

/** Share of the weightiest content word's weight that makes a word distinctive too. */
const DISTINCTIVE = 0.8;

/** The question's weightiest content words (within DISTINCTIVE of the top): a hedged answer must say them all. */
function distinctive(concepts: Concept[], idf: (t: string) => number | undefined, unknown: number): Concept[] {
  const weighed = concepts.filter((c) => c.role === 'content' && !c.soft).map((c) => ({ c, w: conceptWeight(c, idf, unknown) }));
  const top = Math.max(0, ...weighed.map((x) => x.w));
  return weighed.filter((x) => x.w > 0 && x.w >= DISTINCTIVE * top).map((x) => x.c);
}

/** True when the question names something the notes know (not only question words and chat). */
function namesKnownSubject(concepts: Concept[], idf: (t: string) => number | undefined): boolean {
  return concepts.some((c) => c.role === 'content' && !c.soft && isKnown(c, idf));
}

/**
 * The reply to `question`; `context` (the message's other sentences) lends its words when the asking
 * sentence names nothing the notes know ("…GroupAuthorizationException 뜸. 왜 그럼?").
 */
export function composeAnswer(knowledge: Knowledge, asked: string, notice?: string, context?: string): Reply {
  const index = knowledge.search;
  const own = index.plan(asked);
  const question = context && !namesKnownSubject(own, (t) => index.idf(t)) ? `${context} ${asked}` : asked;
  const concepts = question === asked ? own : index.plan(question);
  const kind = questionKind(question);
  const found = index.search(concepts, { limit: 8 });
  const idf = (t: string) => index.idf(t);
  // A name the notes never write (Kafka Streams, Cruise Control, ksqlDB, max.poll.records) is what the
  // question is about: however much else it shares with a section, that section is about something else.
  const missing = concepts.filter((c) => c.name && c.role === 'content' && !isKnown(c, idf));
  if (missing.length > 0) return noAnswer(knowledge, question, found, notice, asWritten(question, missing));
  // A name the notes only mention in passing (in no title: "…, ksqlDB, …"), asked about with words
  // the notes lack ("ksqlDB 쿼리 어떻게 짜요?"): they say no more of it than that it exists.
  const passing = concepts.filter((c) => c.name && c.role === 'content' && !c.terms.some((t) => index.titlesName(t)));
  if (passing.length > 0 && concepts.some((c) => c.weak && !isKnown(c, idf)))
    return noAnswer(knowledge, question, found, notice, asWritten(question, passing));
  const key = keyConcept(concepts, idf, index.unknownWeight);
  const covering = found.filter((h) => h.coverage >= MIN_COVERAGE && (!key || index.coverageOf([key], h.chunk) > 0));
  const focus = (c: Chunk) => focusOf(c, concepts, idf, index.unknownWeight, kind.value);
  const parentText = (c: Chunk) => containerOf(knowledge, c)?.text ?? '';
  if (covering.length === 0) {
    // Every word the question is about is in the notes, only no one section says it all: the
    // nearest section answers, saying it is the nearest, with the next ones to choose from.
    const main = distinctive(concepts, idf, index.unknownWeight);
    const weight = (c: Concept) => conceptWeight(c, idf, index.unknownWeight);
    // Words the notes lack may still outweigh what a near section says ("점심 메뉴 추천": 추천 alone is no answer).
    const unknown = concepts.filter((c) => c.role === 'content' && c.weak && !isKnown(c, idf)).reduce((n, c) => n + weight(c), 0);
    const says = (h: SearchHit) =>
      concepts
        .filter((c) => c.role === 'content' && isKnown(c, idf) && index.coverageOf([c], h.chunk) > 0)
        .reduce((n, c) => n + weight(c), 0);
    const near =
      main.length > 0 && subjectInNotes(concepts, idf)
        ? found.filter(
            (h) => !h.clash && h.coverage >= HEDGE_COVERAGE && main.every((c) => index.coverageOf([c], h.chunk) > 0) && says(h) > unknown,
          )
        : [];
    if (near.length > 0) {
      const hits = rerank(near, kind, HEDGE_COVERAGE, parentText, focus);
      return answerFrom(knowledge, hits[0]!.chunk, concepts, kind, question, notice, hits.slice(1));
    }
    return canSuggest(concepts, found, idf)
      ? suggestReply(knowledge, question, found, notice)
      : noAnswer(knowledge, question, found, notice);
  }
  const hits = rerank(covering, kind, MIN_COVERAGE, parentText, focus);
  return answerFrom(
    knowledge,
    (valueLine(found, hits[0]!, concepts, kind, index, question) ?? hits[0]!).chunk,
    concepts,
    kind,
    question,
    notice,
  );
}

/**
 * For a value question, the `label: value` line that holds the asked value, when the best section
 * is not itself about it: the line setting a config key the question names (a section titled by
 * the key says more), or for "how many", a count line (브로커 개수) of what is counted.
 */
function valueLine(
  found: SearchHit[],
  best: SearchHit,
  concepts: Concept[],
  kind: QuestionKind,
  index: Knowledge['search'],
  question: string,
): SearchHit | undefined {
  if (!kind.value) return undefined;
  const line = (h: SearchHit) => h.coverage >= MIN_COVERAGE && Boolean(h.chunk.within);
  if (!titledByKey(best.chunk, concepts)) {
    const keyed = found.find((h) => line(h) && titledByKey(h.chunk, concepts));
    if (keyed) return keyed;
  }
  const counted = kind.count ? countedNoun(question) : undefined;
  if (counted && !COUNT_LABEL.test(best.chunk.title)) {
    // The thing counted must be what the line counts: 브로커 개수 answers 브로커 몇 대, not CPU cores.
    const asked = index.plan(counted).filter((c) => c.role === 'content' || c.role === 'everyday');
    return found.find(
      (h) =>
        line(h) && COUNT_LABEL.test(h.chunk.title) && asked.length > 0 && asked.every((c) => covers(c, new Set(analyze(h.chunk.title)))),
    );
  }
  return undefined;
}

/** What "how many" counts: the words after "how many", or the word before 몇 대/개/명. */
function countedNoun(question: string): string | undefined {
  const en = /how many\s+([a-z][\w.-]*(?:\s+[a-z][\w.-]*)?)/i.exec(question);
  if (en) return en[1]!.replace(/\s+(?:should|do|does|are|is|can|will|would|we|in|on|for|per)\b.*$/i, '');
  return /(\S+)\s*몇\s*(?:대|개|명|번|가지|군데|곳)/.exec(question)?.[1];
}

/** The chunk's title is a config name the question names. */
function titledByKey(chunk: Chunk, concepts: Concept[]): boolean {
  const key = chunk.title.toLowerCase();
  return /[._-]/.test(key) && concepts.some((c) => c.role === 'content' && c.parts.length > 0 && c.terms[0] === key);
}

/** The answer a pressed choice asks for: that section, read for the question that led to it. */
export function composeSection(knowledge: Knowledge, chunkId: string, question: string): Reply | undefined {
  const chunk = chunkById(knowledge, chunkId);
  return chunk && answerFrom(knowledge, chunk, knowledge.search.plan(question), questionKind(question), question);
}

/** The reply from `chunk`; with `others` (a hedged answer), it says so and offers them as choices. */
function answerFrom(
  knowledge: Knowledge,
  chunk: Chunk,
  concepts: Concept[],
  kind: QuestionKind,
  question: string,
  notice?: string,
  others?: SearchHit[],
): Reply {
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
    // A short section is read whole, but not where a label says which line answers (방식 B 단점, a
    // keyed table's column: the row its label names).
    const whole =
      isShort(chunk.units) &&
      !labelAsked(chunk.units, specific) &&
      !(chunk.units.every((u) => u.label) && columnsOf(knowledge, chunk).length > 0);
    const units = whole
      ? chunk.units
      : pickUnits(chunk.units, specific, (c) => conceptWeight(c, (t) => index.idf(t), index.unknownWeight), kind);
    lines = [...(intro ? [intro.text] : []), ...withRows(knowledge, chunk, units)];
    // An overview that only introduces its parts ("아래 항목을 모두 확인한다") lists them.
    if (chunk.units.length <= 2 || isIntro(chunk.units[chunk.units.length - 1]!)) lines.push(...partsOf(knowledge, chunk));
  }
  const label = chunk.within ? chunk.title : answerLabel(lines, chunk);
  const also = label ? alsoSaid(knowledge, label, chunk.within ?? chunk.id, concepts) : [];
  if (also.length > 0) lines.push('', '노트의 다른 값:', ...also.map((a) => a.line));
  // A hedged answer offers the next nearest sections instead of related questions.
  const choices = others ? nearestOthers(knowledge, chunk, others).map((c) => sectionChoice(c, question)) : [];
  if (others) lines.unshift(HEDGE);
  const followUps = others ? [] : followUpsFor(knowledge, chunk).map((q) => askAction(q));
  const values = kind.value || label ? answerValues(lines) : [];
  const base = {
    kind: 'answer' as const,
    title: topicTitle(chunk, listsParts),
    ...(values.length > 0 && { emphasis: values }),
    sources: [sourceOf(listsParts ? siblings[0]! : chunk), ...also.map((a) => a.source)],
    actions: [...choices, ...followUps, ...feedbackActions(question, chunk.id)],
    notice,
  };
  return fitBody(base, lines, ANSWER_LIMIT);
}

/** Units as lines; a table cell (`key: cell` of a column) as its whole row, when few are shown. */
function withRows(knowledge: Knowledge, chunk: Chunk, units: Unit[]): string[] {
  const keyed = units.filter((u) => u.label && u.depth === 0);
  if (keyed.length === 0 || keyed.length > 2) return units.map((u) => unitLine(u));
  return units.flatMap((u) => (u.label && u.depth === 0 ? tableRow(knowledge, chunk, u.label) : undefined) ?? [unitLine(u)]);
}

/** Up to two other sections among `hits`, each offered once (a `label: value` line as its section). */
function nearestOthers(knowledge: Knowledge, shown: Chunk, hits: SearchHit[]): Chunk[] {
  const seen = new Set([shown.id, containerOf(knowledge, shown)?.id ?? shown.id]);
  const out: Chunk[] = [];
  for (const hit of hits) {
    const chunk = containerOf(knowledge, hit.chunk) ?? hit.chunk;
    if (seen.has(chunk.id) || seen.has(hit.chunk.id)) continue;
    seen.add(chunk.id);
    out.push(chunk);
    if (out.length === 2) break;
  }
  return out;
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
