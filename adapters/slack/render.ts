// Reply -> Block Kit, answer first and once: the topic as a header, the body with its values in bold
// (made safe next to Hangul), fields for facts and comparisons, rows, at most two source lines,
// choices as sections with their button under one label, the expert apart, 👍/👎 as Slack's
// feedback buttons; `text` is one plain line for notifications and screen readers.
import type { Action, Reply } from '../../src/index.js';
import { choicesOf, emphasise, sourceLines, summaryLine } from '../../src/index.js';
import {
  ACTION_PREFIX,
  SHARE_ACTION_ID,
  button,
  context,
  feedbackBlock,
  header,
  section,
  type Block,
  type ButtonElement,
} from './blocks.js';
import { clipMrkdwn, escapeMrkdwn, slackBold, toMrkdwn } from './escape.js';
import { LIMITS } from './limits.js';
import { splitGraphemes } from '../shared/text.js';
import { renderQuiz } from './render-quiz.js';
import { choiceBlocks, comparisonBlocks, factFields, listBlocks, sourceContext } from './render-parts.js';

/** A message ready for chat.postMessage / respond: blocks plus the one plain line. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Add a "Share in channel" button that re-posts the answer to this question publicly. */
  share?: string;
  /** Raw Slack user id shown as "asked by" above a shared answer. */
  askedBy?: string;
  /** Block budget; default 50 (a message). */
  maxBlocks?: number;
}

/** Reply -> blocks + the notification line. */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  const quiz = renderQuiz(reply);
  if (reply.title && quiz.length === 0) head.push(header(reply.title));
  if (options.askedBy) head.push(context([`<@${options.askedBy}> 님의 질문`]));
  const body: Block[] = quiz.length > 0 ? quiz : sections(emphasise(reply.body, reply.emphasis));
  if (quiz.length === 0) {
    if (reply.facts) body.push(...factFields(reply.facts));
    if (reply.comparison) body.push(...comparisonBlocks(reply.comparison));
    (reply.lists ?? []).forEach((list, i) => body.push(...listBlocks(list, i)));
    if (reply.question) {
      body.push(section(slackBold(escapeMrkdwn(reply.question.statement))));
      if (reply.question.hint) body.push(context([escapeMrkdwn(reply.question.hint)]));
    }
  }
  const tail: Block[] = [];
  if (reply.notice) tail.push(context([`ℹ️ ${toMrkdwn(reply.notice)}`]));
  if (quiz.length === 0) tail.push(...sourceContext(sourceLines(reply)));
  const choices = quiz.length === 0 ? choicesOf(reply) : undefined;
  if (choices) tail.push(...choiceBlocks(choices, reply.kind === 'suggest'));
  tail.push(...actionBlocks(reply.actions, options.share));
  const blocks = fit(head, body, tail, options.maxBlocks ?? LIMITS.blocks);
  return { text: fallbackText(summaryLine(reply)), blocks };
}

/** The one plain line: escaped (no mention or link acts), no mrkdwn markers, clipped. */
export function fallbackText(text: string): string {
  return clipMrkdwn(escapeMrkdwn(text.replace(/\s+/g, ' ').trim() || 'Kafka Bot'), LIMITS.fallbackText);
}

/** Markdown-lite -> as many sections as needed, split on paragraphs, then lines, then hard. */
export function sections(markdownLite: string): Block[] {
  const text = toMrkdwn(markdownLite.trim());
  if (!text) return [];
  const pieces: string[] = [];
  let current = '';
  for (const line of splitLong(text.split('\n'), LIMITS.sectionText)) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > LIMITS.sectionText) {
      pieces.push(current);
      current = line;
    } else current = next;
  }
  if (current.trim()) pieces.push(current);
  return pieces.filter((p) => p.trim()).map(section);
}

/** Lines longer than `max` split between graphemes (never through a surrogate pair). */
function splitLong(lines: string[], max: number): string[] {
  return lines.flatMap((line) => splitGraphemes(line, max));
}

/**
 * Buttons that are not choices: quiz commands and the quiz of the day's O/X in one row, the expert
 * apart, Share, and 👍/👎 as Slack's feedback buttons last.
 */
function actionBlocks(actions: Action[], share: string | undefined): Block[] {
  const blocks: Block[] = [];
  const first = actions.find((a) => a.type === 'quiz_command');
  const commands: ButtonElement[] = actions.flatMap((a, i) => {
    if (a.type === 'quiz_command') return [button(a, `${ACTION_PREFIX}quiz_command:${i}`, a === first ? 'primary' : undefined)];
    if (a.type === 'daily_answer') return [button(a, `${ACTION_PREFIX}daily_answer:${i}`, a.choice === 'O' ? 'primary' : 'danger')];
    return [];
  });
  if (share !== undefined) {
    const label = '채널에 공유 (Share in channel)';
    commands.push({ ...button({ type: 'ask', label, question: share }, SHARE_ACTION_ID), style: 'primary' });
  }
  if (commands.length > 0) blocks.push({ type: 'actions', elements: commands.slice(0, LIMITS.actionsElements) });
  const expert = actions.find((a) => a.type === 'ask_expert');
  if (expert) blocks.push({ type: 'actions', elements: [button(expert, `${ACTION_PREFIX}ask_expert:0`)] });
  const up = actions.find((a) => a.type === 'feedback' && a.vote === 'up');
  const down = actions.find((a) => a.type === 'feedback' && a.vote === 'down');
  if (up && down) blocks.push(feedbackBlock(up, down));
  return blocks;
}

/** Keep head and tail; cut the middle to the budget, saying so. */
function fit(head: Block[], body: Block[], tail: Block[], max: number): Block[] {
  if (head.length + body.length + tail.length <= max) return [...head, ...body, ...tail];
  const keepTail = tail.slice(-Math.max(0, max - head.length - 2));
  const room = Math.max(0, max - head.length - keepTail.length - 1);
  const cut = context(['✂️ 답이 길어 일부만 보여요. 더 좁혀서 물어봐 주세요.']);
  return [...head, ...body.slice(0, room), cut, ...keepTail].slice(0, max);
}
