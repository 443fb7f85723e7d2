// Reply → Teams message: an Adaptive Card 1.5 that says the answer first and once (title, body with
// its values in bold, table, rows, one or two source lines, choices as rows, the expert apart, 👍/👎
// that update the card in place) and the activity `summary` that notifications read. No message
// `text` beside the card: Teams shows it above the card, so it would say the title again.
import type { Reply } from '../../src/index.js';
import { choicesOf, sourceLines, summaryLine, toPlainText } from '../../src/index.js';
import { CARD_CONTENT_TYPE, actionSet, card, container, execute, heading, markdownBlocks, submit, subtle } from './card.js';
import type { AdaptiveCard, CardElement } from './card.js';
import { choiceBlocks, comparisonBlocks, factTiles, listBlocks, sourceBlocks, type Mention } from './render-parts.js';
import { choiceButton, isReadOnly, quizCard, readOnlyNote, refreshFor, type QuizAudience } from './quiz-card.js';
import { teamsText } from './text.js';
import { toView } from './view-data.js';
import { clipUnits } from '../shared/text.js';
import { typedCommands } from '../shared/commands.js';

/** Teams allows about 28 KB per message (card included); stay below it. */
export const MAX_MESSAGE_BYTES = 28_000;

export const FEEDBACK_VERB = 'feedback';
export const DAILY_VERB = 'daily_answer';
export const DAILY_REFRESH_VERB = 'daily_refresh';

/** The outgoing activity fields the adapter sets (a `Partial<Activity>` for botbuilder). */
export interface TeamsMessage {
  type: 'message';
  /** The one plain line notifications and the activity feed show. */
  summary: string;
  attachments: Array<{ contentType: typeof CARD_CONTENT_TYPE; content: AdaptiveCard }>;
}

export interface RenderOptions {
  /** Draw a quiz for this audience (per-user views in channels). Default: one card for everyone. */
  quiz?: QuizAudience;
  /** The vote this user gave: the card thanks them instead of showing 👍/👎 again. Default: none. */
  voted?: 'up' | 'down';
  /** A quiz-of-the-day post: the Teams ids whose clients fetch their own (answered) view. Default: none. */
  dailyViewers?: string[];
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

/** The card's parts that are not the quiz: title, body, facts, table, rows, sources, notice. */
function contentBlocks(reply: Reply, mentions: Mention[]): CardElement[] {
  const body: CardElement[] = [];
  if (reply.title) body.push(heading(teamsText(reply.title)));
  body.push(...markdownBlocks(teamsText(reply.body, reply.emphasis)));
  if (reply.facts?.length) body.push(...factTiles(reply.facts));
  if (reply.comparison) body.push(...comparisonBlocks(reply.comparison));
  for (const list of reply.lists ?? []) body.push(...listBlocks(list, mentions));
  if (reply.question) {
    body.push(heading(teamsText(reply.question.statement), { spacing: 'Medium', style: 'default', separator: body.length > 1 }));
    if (reply.question.hint) body.push(subtle(reply.question.hint));
  }
  body.push(...sourceBlocks(sourceLines(reply)));
  return body;
}

function build(reply: Reply, options: RenderOptions): TeamsMessage {
  const mentions: Mention[] = [];
  const readOnly = isReadOnly(reply, options.quiz);
  const drawsQuiz = reply.quiz && (reply.quiz.result || reply.quiz.question || reply.quiz.score);
  const quiz = drawsQuiz ? quizCard(reply, readOnly) : undefined;
  const body = quiz ? quiz.body : contentBlocks(reply, mentions);
  if (reply.notice) body.push(subtle(`ℹ️ ${teamsText(reply.notice)}`));
  const choices = quiz ? undefined : choicesOf(reply);
  if (choices) body.push(...choiceBlocks(choices));
  const expert = reply.actions.filter((a) => a.type === 'ask_expert');
  if (expert.length > 0) body.push(container(actionSet(expert.map((a) => submit(a))), { spacing: 'Medium' }));
  if (readOnly && options.quiz) body.push(readOnlyNote(options.quiz));
  const actions = quiz ? quiz.actions : cardActions(reply, options, body);
  const refresh = refreshFor(reply, options.quiz) ?? dailyRefresh(reply, options);
  const extra: Partial<AdaptiveCard> = {
    ...(refresh && { refresh }),
    ...(mentions.length > 0 && { msteams: { entities: mentions.map((m) => ({ type: 'mention', ...m })) } }),
  };
  return {
    type: 'message',
    summary: summaryLine({ ...reply, body: typedCommands(reply.body, (c) => c) }),
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card(body, actions, reply.text, extra) }],
  };
}

/** Quiz commands, the quiz of the day's O/X and 👍/👎 (or the thanks once voted), as card buttons. */
function cardActions(reply: Reply, options: RenderOptions, body: CardElement[]): CardElement[] {
  // The reply rides along in 👍/👎 and the daily O/X so the bot can draw this card again for one user.
  const view = { kafkaBotView: toView(reply) };
  const actions: CardElement[] = [];
  const first = reply.actions.find((a) => a.type === 'quiz_command');
  for (const a of reply.actions) {
    if (a.type === 'quiz_command') actions.push(submit(a, a === first ? { style: 'positive' } : {}));
    if (a.type === 'daily_answer') actions.push(choiceButton(a, DAILY_VERB, view));
  }
  const votes = reply.actions.filter((a) => a.type === 'feedback');
  if (votes.length === 0) return actions;
  if (options.voted) {
    body.push(
      subtle(options.voted === 'up' ? '👍 피드백 고마워요!' : '👎 알려 줘서 고마워요. 노트를 보완하는 데 쓸게요.', { spacing: 'Medium' }),
    );
    return actions;
  }
  return [...actions, ...votes.map((a) => execute(a, FEEDBACK_VERB, {}, view))];
}

/** A quiz-of-the-day post: the people who answered get their own view (the verdict) when they look again. */
function dailyRefresh(reply: Reply, options: RenderOptions): CardElement | undefined {
  const post = reply.actions.find((a) => a.type === 'daily_answer');
  if (!post || !options.dailyViewers?.length) return undefined;
  return {
    action: { type: 'Action.Execute', verb: DAILY_REFRESH_VERB, title: '새로 고침', data: { kafkaBot: post, kafkaBotView: toView(reply) } },
    userIds: options.dailyViewers.slice(-60),
  };
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
