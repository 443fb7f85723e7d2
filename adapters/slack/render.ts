// Reply -> Block Kit: header, answer sections, comparison fields, context (breadcrumb and source),
// follow-up / feedback buttons, and a plain `text` fallback. Limits hold by construction (limits.ts).
import type { Action, Reply } from '../../src/index.js';
import { formatSource } from '../../src/index.js';
import { ACTION_PREFIX, SHARE_ACTION_ID, button, context, header, section, type Block, type ButtonElement } from './blocks.js';
import { clipMrkdwn, escapeMrkdwn, toMrkdwn } from './escape.js';
import { LIMITS } from './limits.js';
import { splitGraphemes } from '../shared/text.js';
import { renderQuiz } from './render-quiz.js';

/** A message ready for chat.postMessage / respond: blocks plus the plain fallback. */
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

/** Reply -> blocks + fallback text. */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  if (reply.title) head.push(header(reply.title));
  if (options.askedBy) head.push(context([`<@${options.askedBy}> 님의 질문`]));
  const body: Block[] = reply.quiz ? renderQuiz(reply) : [];
  if (body.length === 0) body.push(...sections(reply.body));
  if (reply.comparison) body.push(...comparisonBlocks(reply));
  const tail: Block[] = [];
  if (reply.notice) tail.push(context([`ℹ️ ${escapeMrkdwn(reply.notice)}`]));
  if (reply.sources.length > 0) {
    tail.push(context(reply.sources.map((s) => `📄 ${escapeMrkdwn(formatSource(s))}`)));
  }
  tail.push(...actionBlocks(reply.actions, options.share));
  const blocks = fit(head, body, tail, options.maxBlocks ?? LIMITS.blocks);
  return { text: fallbackText(reply.text || reply.body), blocks };
}

/** Escaped, clipped plain text for the top-level `text` field. */
export function fallbackText(text: string): string {
  return clipMrkdwn(escapeMrkdwn(text.trim() || 'Kafka Bot'), LIMITS.fallbackText);
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

function comparisonBlocks(reply: Reply): Block[] {
  const comparison = reply.comparison;
  if (!comparison) return [];
  const columns = comparison.columns.slice(0, LIMITS.fields);
  const rows: Block[] = comparison.rows.map((row) => ({
    type: 'section' as const,
    text: { type: 'mrkdwn' as const, text: clipMrkdwn(`*${escapeMrkdwn(row.aspect)}*`, LIMITS.sectionText) },
    fields: columns.map((column, i) => ({
      type: 'mrkdwn' as const,
      text: clipMrkdwn(`*${escapeMrkdwn(column)}*\n${toMrkdwn(row.cells[i] || '-')}`, LIMITS.fieldText),
    })),
  }));
  if (comparison.verdict) {
    rows.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clipMrkdwn(`*노트의 권장*: ${toMrkdwn(comparison.verdict)}`, LIMITS.sectionText) },
    });
  }
  return rows;
}

function actionBlocks(actions: Action[], share: string | undefined): Block[] {
  const asks = actions.filter((a) => a.type === 'ask' || a.type === 'quiz_command' || a.type === 'daily_answer' || a.type === 'ask_expert');
  const rest: ButtonElement[] = actions.filter((a) => a.type === 'feedback').map((a, i) => button(a, `${ACTION_PREFIX}feedback:${i}`));
  if (share !== undefined) {
    const label = '채널에 공유 (Share in channel)';
    rest.push({ ...button({ type: 'ask', label, question: share }, SHARE_ACTION_ID), style: 'primary' });
  }
  const rows = [asks.map((a, i) => button(a, `${ACTION_PREFIX}${a.type}:${i}`)), rest];
  return rows.filter((row) => row.length > 0).map((row) => ({ type: 'actions' as const, elements: row.slice(0, LIMITS.actionsElements) }));
}

/** Keep head and tail; cut the middle to the budget, saying so. */
function fit(head: Block[], body: Block[], tail: Block[], max: number): Block[] {
  if (head.length + body.length + tail.length <= max) return [...head, ...body, ...tail];
  const keepTail = tail.slice(-Math.max(0, max - head.length - 2));
  const room = Math.max(0, max - head.length - keepTail.length - 1);
  const cut = context(['✂️ 답이 길어 일부만 보여요. 더 좁혀서 물어봐 주세요.']);
  return [...head, ...body.slice(0, room), cut, ...keepTail].slice(0, max);
}
