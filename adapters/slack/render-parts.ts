// The parts of a Slack message besides the quiz: facts as fields, a comparison as one header of
// column names then a section of fields per aspect (cells as bullet lists), rows (each bar at its
// line's start so they line up; a person as `<@U…>`; a row with an action as a section with its
// button), choices as sections with accessory buttons under one label, compact source lines.
import type { Comparison, Fact, ListRow, ReplyList } from '../../src/index.js';
import { bar, type ChoiceRow, type SourceLine } from '../../src/index.js';
import { ACTION_PREFIX, button, context, row, section, type Block } from './blocks.js';
import { clipMrkdwn, escapeMrkdwn, slackBold, toMrkdwn } from './escape.js';
import { LIMITS } from './limits.js';

/** `slack:T1:U123` -> `<@U123>`, which Slack shows as the person's current name; anyone else by their label. */
export function personText(row: ListRow): string {
  const id = row.person?.userId;
  if (id?.startsWith('slack:')) {
    const raw = id.split(':').at(-1) ?? '';
    if (/^[UW][A-Z0-9]+$/.test(raw)) return `<@${raw}>`;
  }
  return toMrkdwn(row.label);
}

/** Facts as Slack fields: the label bold, the value under it. */
export function factFields(facts: Fact[]): Block[] {
  if (facts.length === 0) return [];
  const fields = facts.slice(0, LIMITS.fields).map((f) => ({
    type: 'mrkdwn' as const,
    text: clipMrkdwn(`${slackBold(escapeMrkdwn(f.label))}\n${escapeMrkdwn(f.value)}`, LIMITS.fieldText),
  }));
  return [{ type: 'section', fields }];
}

/** A cell's items (one per line) as a bullet list, or the one line as is. */
function cellText(cell: string): string {
  const items = cell.split('\n').filter((item) => item.trim() !== '');
  if (items.length === 0) return '-';
  return items.length === 1 ? toMrkdwn(items[0]!) : items.map((item) => `• ${toMrkdwn(item)}`).join('\n');
}

/** Column names once, then per aspect its name and one field per side; what the notes prefer after. */
export function comparisonBlocks(comparison: Comparison): Block[] {
  const columns = comparison.columns.slice(0, LIMITS.fields);
  const fields = (texts: string[]) => texts.map((text) => ({ type: 'mrkdwn' as const, text: clipMrkdwn(text, LIMITS.fieldText) }));
  const blocks: Block[] = [{ type: 'section', fields: fields(columns.map((c) => slackBold(escapeMrkdwn(c)))) }];
  for (const r of comparison.rows) {
    blocks.push({ type: 'divider' });
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clipMrkdwn(slackBold(escapeMrkdwn(r.aspect)), LIMITS.sectionText) },
      fields: fields(columns.map((_, i) => cellText(r.cells[i] ?? ''))),
    });
  }
  if (comparison.verdict) blocks.push(section(`💡 ${slackBold('노트의 권장')} ${toMrkdwn(comparison.verdict)}`));
  return blocks;
}

/** A row's line: the bar first (so every bar starts in the same column), mark, label, note. */
function rowLine(r: ListRow): string {
  // Block characters share one width, so bars that start their line line up without a code span.
  const barText = r.progress ? `${bar(r.progress.done, r.progress.total)} ` : '';
  const label = r.person ? personText(r) : toMrkdwn(r.label);
  const note = r.note ? `${r.progress ? '  ' : ' — '}${escapeMrkdwn(r.note)}` : '';
  return `${barText}${r.mark ? `${r.mark} ` : ''}${label}${note}`;
}

/** A list: its heading, its rows as lines of one section, rows with an action each a section with its button. */
export function listBlocks(list: ReplyList, index: number): Block[] {
  const blocks: Block[] = [];
  if (list.heading) blocks.push(section(slackBold(escapeMrkdwn(list.heading))));
  if (list.rows.length === 0) return list.empty ? [...blocks, context([escapeMrkdwn(list.empty)])] : blocks;
  let plain: string[] = [];
  const flush = () => {
    if (plain.length > 0) blocks.push(section(plain.join('\n')));
    plain = [];
  };
  list.rows.forEach((r, i) => {
    if (!r.action) return void plain.push(rowLine(r));
    flush();
    const text = r.action.label.startsWith(r.label) ? r.action.label.slice(r.label.length).trim() || r.action.label : r.action.label;
    blocks.push(row(rowLine(r), button(r.action, `${ACTION_PREFIX}${r.action.type}:list${index}:${i}`, undefined, text)));
  });
  flush();
  return blocks;
}

/** Choices as sections with their button: the whole text shows; the label once above them. */
export function choiceBlocks(choices: { label?: string; rows: ChoiceRow[] }, suggest: boolean): Block[] {
  const blocks: Block[] = [{ type: 'divider' }];
  if (choices.label) blocks.push(context([slackBold(escapeMrkdwn(choices.label))]));
  choices.rows.forEach(({ action, text: label, detail }, i) => {
    const text = `${escapeMrkdwn(label)}${detail ? `\n${escapeMrkdwn(detail)}` : ''}`;
    blocks.push(row(text, button(action, `${ACTION_PREFIX}ask:${i}`, undefined, suggest ? '보기' : '물어보기')));
  });
  return blocks;
}

/** At most two source lines in one context block; `file:line` linked when the notes have a URL. */
export function sourceContext(lines: SourceLine[]): Block[] {
  if (lines.length === 0) return [];
  const texts = lines.map((l) => {
    const at = l.url ? `<${l.url}|${escapeMrkdwn(l.at)}>` : escapeMrkdwn(l.at);
    return `📄 ${l.place ? `${escapeMrkdwn(l.place)} · ` : ''}${at}`;
  });
  return [context([texts.join('\n')])];
}
