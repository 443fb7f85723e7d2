// Reply → Teams message: an Adaptive Card 1.5 (title, breadcrumb, body, comparison, sources, buttons,
// quiz view, per-user quiz refresh) plus plain text. Keeps every message under MAX_MESSAGE_BYTES by
// shortening long parts.
import type { Action, Comparison, QuizView, Reply, Source } from '../../src/index.js';
import { formatSource, toPlainText } from '../../src/index.js';
import {
  CARD_CONTENT_TYPE,
  actionSet,
  card,
  columnRow,
  markdownBlocks,
  submit,
  subtle,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from './card.js';
import { executeAction, isReadOnly, readOnlyNote, refreshFor, type QuizAudience } from './quiz-card.js';
import { clipUnits } from '../shared/text.js';

/** Teams allows about 28 KB per message (card included); stay below it. */
export const MAX_MESSAGE_BYTES = 28_000;

/** The outgoing activity fields the adapter sets (a `Partial<Activity>` for botbuilder). */
export interface TeamsMessage {
  type: 'message';
  /** Short plain summary: Teams shows `text` above the card, so the full text goes in the card's fallbackText. */
  text: string;
  attachments: Array<{ contentType: typeof CARD_CONTENT_TYPE; content: AdaptiveCard }>;
}

const SUMMARY_CHARS = 150;

export interface RenderOptions {
  /** Draw a quiz for this audience (per-user views in channels). Default: one card for everyone. */
  quiz?: QuizAudience;
}

/** A Reply as a card message, shortened if it would exceed MAX_MESSAGE_BYTES. */
export function renderReply(reply: Reply, options: RenderOptions = {}): TeamsMessage {
  let message = build(reply, options);
  let budget = reply.text.length;
  while (byteSize(message) >= MAX_MESSAGE_BYTES && budget > 200) {
    budget = Math.floor(budget * 0.6);
    message = build(shorten(reply, budget), options);
  }
  return message;
}

export function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function build(reply: Reply, options: RenderOptions): TeamsMessage {
  const body: CardElement[] = [];
  const breadcrumb = reply.sources[0]?.breadcrumb ?? [];
  if (!reply.quiz && breadcrumb.length > 1) body.push(subtle(breadcrumb.join(' › '), { spacing: 'None' }));
  if (reply.title) body.push(textBlock(reply.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }));
  if (reply.quiz) body.push(...quizBlocks(reply.quiz, reply.sources[0]));
  else if (reply.body) body.push(...markdownBlocks(reply.body));
  if (reply.comparison) body.push(...comparisonBlocks(reply.comparison));
  if (!reply.quiz) {
    for (const source of reply.sources) body.push(subtle(`출처: ${formatSource(source)}`));
  }
  if (reply.notice) body.push(subtle(reply.notice, { color: 'Warning' }));
  const asks = reply.actions.filter((a) => a.type === 'ask');
  if (asks.length > 0) {
    body.push(subtle('관련 질문', { weight: 'Bolder', separator: true, spacing: 'Medium' }));
    body.push(...actionSet(asks.map(submit), { spacing: 'Small' }));
  }
  const readOnly = isReadOnly(reply, options.quiz);
  if (readOnly && options.quiz) body.push(readOnlyNote(options.quiz));
  const buttons = reply.actions
    .filter((a: Action) => a.type !== 'ask' && !(readOnly && a.type === 'quiz_answer'))
    .map((a) => (a.type === 'quiz_answer' ? executeAction(a) : submit(a)));
  return {
    type: 'message',
    text: summary(reply),
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card(body, buttons, reply.text, refreshFor(reply, options.quiz)) }],
  };
}

function summary(reply: Reply): string {
  const first = reply.title ?? reply.text.split('\n').find((l) => l.trim() !== '') ?? '';
  return clipUnits(first.replace(/\*\*/g, '').trim(), SUMMARY_CHARS);
}

function comparisonBlocks(comparison: Comparison): CardElement[] {
  const header = columnRow([[], ...comparison.columns.map((c) => [textBlock(c, { weight: 'Bolder' })])], {
    separator: true,
    spacing: 'Medium',
  });
  const rows = comparison.rows.map((row) =>
    columnRow(
      [
        [textBlock(row.aspect, { weight: 'Bolder', size: 'Small' })],
        ...comparison.columns.map((_, i) => [textBlock(row.cells[i] || '-', { size: 'Small' })]),
      ],
      { separator: true },
    ),
  );
  const verdict = comparison.verdict ? [textBlock(`노트의 권장: ${comparison.verdict}`, { size: 'Small' })] : [];
  return [header, ...rows, ...verdict];
}

/** The quiz view's blocks; `source` is the reply's, which a result cites. */
function quizBlocks(quiz: QuizView, source: Source | undefined): CardElement[] {
  const blocks: CardElement[] = [];
  const { result, question, score } = quiz;
  if (result) {
    blocks.push(
      textBlock(result.passed ? '🤷 패스' : result.correct ? '✅ 정답' : '❌ 오답', {
        weight: 'Bolder',
        size: 'Medium',
        color: result.correct ? 'Good' : 'Attention',
      }),
      subtle(result.statement),
      {
        type: 'FactSet',
        facts: [
          { title: '내 답', value: result.chosen },
          { title: '정답', value: result.answer },
        ],
      },
      textBlock(result.explanation),
    );
    if (source) blocks.push(subtle(`출처: ${formatSource(source)}`));
  }
  if (question) {
    blocks.push(
      textBlock(`문제 ${question.index + 1}/${question.total}`, { weight: 'Bolder', separator: result !== undefined, spacing: 'Medium' }),
      textBlock(question.statement, { size: 'Medium' }),
    );
  }
  if (score) {
    blocks.push(
      textBlock(`점수: ${score.correct}/${score.total}`, { size: 'Large', weight: 'Bolder', separator: true, spacing: 'Medium' }),
    );
  }
  return blocks;
}

/** Cut the long free-text parts of a reply to about `budget` characters in all. */
function shorten(reply: Reply, budget: number): Reply {
  const cut = (s: string, n: number) => clipUnits(s, Math.max(1, n));
  const cells = reply.comparison ? reply.comparison.rows.length * reply.comparison.columns.length : 0;
  const cellBudget = Math.max(40, Math.floor(budget / Math.max(1, cells)));
  const shortened: Reply = {
    ...reply,
    body: cut(reply.body, budget),
    comparison: reply.comparison && {
      columns: reply.comparison.columns,
      rows: reply.comparison.rows.map((r) => ({ aspect: r.aspect, cells: r.cells.map((c) => cut(c, cellBudget)) })),
    },
    notice: '내용이 길어 일부를 줄였어요. 출처 문서에서 전체를 확인하세요.',
  };
  return { ...shortened, text: cut(toPlainText(shortened), budget) };
}

/** A text-only message, e.g. for another user's quiz press or an apology. */
export function renderText(text: string): { type: 'message'; text: string } {
  return { type: 'message', text };
}
