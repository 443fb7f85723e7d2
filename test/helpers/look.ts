// What a person sees in one Slack message or Teams card, and the faults the look check finds in it:
// a string said twice (the title again in a breadcrumb, a choice listed and buttoned, a counter
// twice), a Teams button title Teams would cut, code spans or literal `**`, Slack bold that shows its
// asterisks next to Hangul, a notification `text` that is not one plain line, unstyled O/X, more
// than two source lines. Visible strings only: button values, ids and notification lines are not shown.
import { mrkdwnToHtml } from '../../scripts/cards/slack-page.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit and Adaptive Card JSON, read as such
type Json = Record<string, any>;

/** A line as a reader compares it: no markup, bullets, marks or spacing differences. */
function normal(line: string): string {
  return line
    .replace(/\u200B/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_~`]/g, '')
    .replace(/^\s*(?:[•-]|&gt;|>|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Faults shared by both surfaces: the same line twice, the title inside another line, a long line
 * inside another. `affordances` are the per-row button words (Slack's 물어보기 beside each row,
 * Teams' `읽기 ›`): one per row by design, so they may repeat, but never as content.
 */
function repeated(lines: string[], title: string | undefined, quiz: boolean, affordances: string[] = []): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const items = lines.map(normal).filter((l) => l.length >= 2 && /[\p{L}\p{N}]/u.test(l));
  const perRow = new Set(affordances.map(normal));
  // A row's bar and counts are values in a table (two topics may both be at 0/8), not a repeated string.
  const value = (line: string) => /^[█░]+[\d/ ·섹션퀴즈복습마스터]*$/.test(line);
  for (const line of items) if (!perRow.has(line) && !value(line)) seen.set(line, (seen.get(line) ?? 0) + 1);
  for (const [line, count] of seen) if (count > 1) problems.push(`said ${count} times: "${line}"`);
  const unique = [...seen.keys()];
  const head = title ? normal(title) : undefined;
  for (const line of unique) {
    for (const other of unique) {
      if (line === other || !other.includes(line)) continue;
      if (line === head || line.length >= 8) problems.push(`"${line}" again inside "${other}"`);
    }
  }
  // A quiz's counter (2/5) or score (3/5) once, whatever its form (`2 / 5`, `문제 2/5`, `점수 3/5`).
  const counters = quiz ? (items.join('\n').match(/\b\d+ ?\/ ?\d+\b/g) ?? []).map((c) => c.replace(/ /g, '')) : [];
  if (new Set(counters).size < counters.length) problems.push(`a counter said twice: ${counters.join(', ')}`);
  return problems;
}

/** Every visible line of a Slack message (header, sections, fields, context, buttons), as mrkdwn. */
function slackLines(blocks: Json[]): Array<{ text: string; mrkdwn: boolean; row?: boolean }> {
  const out: Array<{ text: string; mrkdwn: boolean; row?: boolean }> = [];
  const add = (t: Json | undefined, row = false) => t?.text && out.push({ text: String(t.text), mrkdwn: t.type === 'mrkdwn', row });
  for (const b of blocks) {
    if (b.type === 'header' || b.type === 'section') add(b.text);
    for (const f of b.fields ?? []) add(f);
    if (b.type === 'context') for (const e of b.elements ?? []) add(e);
    if (b.type === 'actions') for (const e of b.elements ?? []) add(e.text);
    if (b.accessory?.type === 'button') add(b.accessory.text, true);
  }
  return out;
}

/** The faults in one Slack message. */
export function slackProblems(message: { text?: unknown; blocks?: unknown }, quiz = false): string[] {
  const problems: string[] = [];
  const text = typeof message.text === 'string' ? message.text : '';
  if (!text.trim() || /\n|\*\*|^\s*\[/.test(text)) problems.push(`text is not one plain line: ${JSON.stringify(text)}`);
  const blocks = (Array.isArray(message.blocks) ? message.blocks : []) as Json[];
  const lines = slackLines(blocks);
  for (const { text: t, mrkdwn } of lines) {
    if (t.includes('**')) problems.push(`** in Slack: ${t}`);
    if (!mrkdwn) continue;
    // What Slack shows: asterisks its bold rule did not take stay on screen (code spans aside).
    const shown = mrkdwnToHtml(t).replace(/<code>.*?<\/code>/g, '');
    if (/\*/.test(shown.replace(/<[^>]+>/g, ''))) problems.push(`literal * shown: ${t}`);
  }
  const title = blocks.find((b) => b.type === 'header')?.text?.text as string | undefined;
  const rowButtons = lines.filter((l) => l.row).map((l) => l.text);
  problems.push(
    ...repeated(
      lines.flatMap((l) => l.text.split('\n')),
      title,
      quiz,
      rowButtons,
    ),
  );
  const sources = lines.reduce((n, l) => n + (l.text.match(/📄/g)?.length ?? 0), 0);
  if (sources > 2) problems.push(`${sources} source lines`);
  for (const b of blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as Json[]) : b.accessory ? [b.accessory] : []))) {
    const label = b.text?.text;
    if (label === 'O' && b.style !== 'primary') problems.push('O is not primary');
    if (label === 'X' && b.style !== 'danger') problems.push('X is not danger');
  }
  return problems;
}

/** Every element of a card (body and actions, nested), each once. */
function walk(node: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  visit(o);
  for (const [key, value] of Object.entries(o))
    if (key !== 'data' && key !== 'fallback' && key !== 'selectAction' && key !== 'refresh') walk(value, visit);
}

/** The faults in one Teams message (its `text`, `summary` and card). */
export function teamsProblems(body: Json, quiz = false): string[] {
  const problems: string[] = [];
  for (const field of ['text', 'summary'] as const) {
    const value = body[field];
    if (typeof value === 'string' && /`|\*\*/.test(value)) problems.push(`${field} has a code span or **: ${value}`);
  }
  const card = (body.attachments as Json[] | undefined)?.[0]?.content as Json | undefined;
  if (!card) return problems;
  const lines: string[] = typeof body.text === 'string' ? [body.text] : [];
  let title: string | undefined;
  let sources = 0;
  const rowButtons: string[] = [];
  walk([card.body, card.actions], (o) => {
    // A pressable row says what its press does at its right (`읽기 ›`, `›`): one per row by design.
    if (o.type === 'ColumnSet' && o.selectAction) {
      const last = (o.columns as Json[]).at(-1)?.items?.[0];
      if (last?.type === 'TextBlock') rowButtons.push(String(last.text));
    }
    if (o.type === 'TextBlock') {
      const t = String(o.text);
      if (t.includes('`')) problems.push(`code span in Teams: ${t}`);
      // Bold that Teams renders is **x** around text; any other ** shows as is.
      if (/\*\*/.test(t.replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1'))) problems.push(`literal ** in Teams: ${t}`);
      if (o.size === 'Large' && o.weight === 'Bolder' && title === undefined) title = t;
      if (t.startsWith('📄')) sources += 1;
      lines.push(...t.split(/[\r\n]+/));
    }
    if (o.type === 'Action.Submit' || o.type === 'Action.Execute') {
      const t = String(o.title ?? '');
      if ([...t].length > 20) problems.push(`button title over 20 characters: ${t}`);
      if (t === 'O' && o.style !== 'positive') problems.push('O is not positive');
      if (t === 'X' && o.style !== 'destructive') problems.push('X is not destructive');
      lines.push(t);
    }
  });
  if (sources > 2) problems.push(`${sources} source lines`);
  problems.push(...repeated(lines, title, quiz, rowButtons));
  return problems;
}
