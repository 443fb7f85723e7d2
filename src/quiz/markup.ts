// The in-note quiz markup: a list item whose first line ends with `(정답: O)` / `(정답: X)` (or
// `(answer: X)`, `→ X`, `-> X`) is an O/X statement; its nested lines are the explanation.
// The markdown chunker calls noteQuizMarker (its quiz hook) for every list item and builds the QuizItem.
import type { Choice } from '../model/reply.js';
import { topicsFor } from './topics.js';

/** What the markup looks like, for docs and help text. */
export const QUIZ_MARKUP_HELP = [
  '목록 항목의 첫 줄 끝에 정답을 붙이면 O/X 문제가 됩니다: `(정답: O)` 또는 `(정답: X)`.',
  '`(answer: X)`, 줄 끝의 `→ X` / `-> X` 도 됩니다. 앞의 `(O/X)` 표시는 문장에서 빠집니다.',
  '그 항목 아래의 하위 목록/문단이 해설입니다. 해설 끝의 `근거: <섹션>` 줄은 문항의 출처 섹션을 정합니다.',
].join('\n');

// `근거: RAID 10` / `(근거: 비용 측면 고려사항)` / `source: AWS MSK` at the end of an explanation.
const SOURCE_TAG = /\s*[(（]?\s*(?:근거|출처|source)\s*[:：]\s*([^()（）]+?)\s*[)）]?\s*$/i;

/** Split an explanation into its text and the section its trailing `근거: …` line names, if any. */
export function matchSourceMarker(explanation: string): { explanation: string; section?: string } {
  const found = SOURCE_TAG.exec(explanation);
  if (!found?.[1]) return { explanation };
  return { explanation: explanation.slice(0, found.index).trim(), section: found[1].trim() };
}

/** A statement and its answer found on one line (or, for a bare `(O/X)` hint, in its explanation). */
export interface QuizMarker {
  statement: string;
  /** Undefined for a statement marked `(O/X)` whose answer is written nowhere: quiz material all the same. */
  answer?: Choice;
  /** The explanation without the answer letter it opened with (`X. acks=1 은 …` -> `acks=1 은 …`). */
  explanation?: string;
}

// `(정답: O)`, `(정답 : x)`, `（answer: X）`, `[정답: O]` at the very end (a trailing period is fine).
const ANSWER_TAG = /[(（[]\s*(?:정답|답|answer)\s*[:：=]?\s*([OoXx])\s*[)）\]]\s*\.?\s*$/i;
// `→ X`, `-> X`, `=> O` at the very end.
const ARROW = /\s*(?:→|->|=>)\s*([OoXx])\s*\.?\s*$/;
// `(O/X)` hint, anywhere (usually right before the answer).
const HINT = /\s*[(（[]\s*O\s*\/\s*X\s*[)）\]]/gi;
// A list marker the caller may have left on: `- `, `* `, `+ `, `1. `, `1) `.
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

// `X. …`, `O) …`, `정답: X …` opening an explanation: the answer to a statement marked only `(O/X)`.
const LEADING_ANSWER = /^\s*(?:(?:정답|답|answer)\s*[:：]?\s*)?([OoXx])(?:\s*[.)\]:：,]\s*|\s+)/;
// A statement that ends with the `(O/X)` hint and no answer.
const HINT_END = /\s*[(（[]\s*O\s*\/\s*X\s*[)）\]]\s*\.?\s*$/i;

/**
 * The O/X statement on a list item's first line, or undefined for an ordinary item. A line that
 * only ends with `(O/X)` is a statement too, its answer read from the explanation's first letter.
 */
export function matchQuizMarker(line: string, explanation = ''): QuizMarker | undefined {
  const bare = line.replace(LIST_MARKER, '').trimEnd();
  const hint = HINT_END.exec(bare);
  if (hint && !ANSWER_TAG.test(bare) && !ARROW.test(bare)) {
    const statement = bare.slice(0, hint.index).replace(/\s+/g, ' ').trim();
    if (!statement) return undefined;
    const lead = LEADING_ANSWER.exec(explanation);
    if (!lead) return { statement };
    return { statement, answer: lead[1]!.toUpperCase() === 'O' ? 'O' : 'X', explanation: explanation.slice(lead[0].length).trim() };
  }
  const text = bare;
  // Both forms end in the answer letter or a closing bracket (a period may follow): most lines do not.
  const last = (text.endsWith('.') ? text.slice(0, -1).trimEnd() : text).slice(-1);
  if (!last || !'OoXx)）]'.includes(last)) return undefined;
  const found = ANSWER_TAG.exec(text) ?? ARROW.exec(text);
  if (!found) return undefined;
  const letter = (found[1] ?? '').toUpperCase();
  const answer: Choice = letter === 'O' ? 'O' : 'X';
  const statement = text.slice(0, found.index).replace(HINT, '').replace(/\s+/g, ' ').trim();
  if (!statement) return undefined;
  return { statement, answer };
}

/** The chunker's quiz hook (QuizMarkerHook): a marked item's statement and answer, with its topics. */
export function noteQuizMarker(firstLine: string, breadcrumb: string[], explanation = ''): (QuizMarker & { topics: string[] }) | undefined {
  const marked = matchQuizMarker(firstLine, explanation);
  return marked && { ...marked, topics: topicsFor(breadcrumb, marked.statement) };
}
