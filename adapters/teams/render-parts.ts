// The parts of a Teams card besides the quiz: facts as tiles, a comparison as an AC 1.5 Table whose
// cells are lists, rows (a bar on its own line so bars line up, a press on the whole row), choices as
// rows that show their whole text under one label, and the compact source lines.
import type { Comparison, Fact, ListRow, ReplyList } from '../../src/index.js';
import { bar, type ChoiceRow, type SourceLine } from '../../src/index.js';
import { columns, container, subtle, submit, textBlock, type CardElement } from './card.js';
import { teamsText } from './text.js';

/** A person named in a card: `<at>name</at>` plus the mention entity Teams needs for it. */
export interface Mention {
  text: string;
  mentioned: { id: string; name: string };
}

/** `teams:<aad or 29: id>` with a display name -> a mention; anyone else keeps their label. */
export function mentionOf(row: ListRow): Mention | undefined {
  const person = row.person;
  if (!person?.name || !person.userId.startsWith('teams:')) return undefined;
  return { text: `<at>${person.name}</at>`, mentioned: { id: person.userId.slice('teams:'.length), name: person.name } };
}

/** Facts as tiles, two to a line: the value large, its label small under it. */
export function factTiles(facts: Fact[]): CardElement[] {
  const tiles: CardElement[] = [];
  for (let i = 0; i < facts.length; i += 2) {
    const pair = facts
      .slice(i, i + 2)
      .map((f): [number, CardElement[]] => [
        1,
        [textBlock(f.value, { size: 'Large', weight: 'Bolder', spacing: 'None' }), subtle(f.label, { spacing: 'None' })],
      ]);
    tiles.push(columns(pair, { spacing: i === 0 ? 'Medium' : 'Small' }));
  }
  return tiles;
}

/** A cell's items (one per line) as a Teams list, or the one line as is. */
function cellText(cell: string): string {
  const items = cell.split('\n').filter((item) => item.trim() !== '');
  if (items.length === 0) return '-';
  return items.length === 1 ? items[0]! : items.map((item) => `- ${item}`).join('\r');
}

/**
 * The sides as columns under a header, one aspect after another: the aspect's name across the card,
 * then each side's cell (a list when it has several items). A Table's first column for the aspect
 * leaves each side a third of a phone's width; this leaves each side half.
 */
export function comparisonBlocks(comparison: Comparison): CardElement[] {
  const sides = (cells: CardElement[][], extra: CardElement = {}) =>
    columns(
      cells.map((items): [number, CardElement[]] => [1, items]),
      extra,
      'Top',
    );
  const blocks: CardElement[] = [
    container([sides(comparison.columns.map((c) => [textBlock(teamsText(c), { weight: 'Bolder', spacing: 'None' })]))], {
      style: 'accent',
      spacing: 'Medium',
    }),
  ];
  for (const row of comparison.rows) {
    blocks.push(
      textBlock(teamsText(row.aspect), { size: 'Small', weight: 'Bolder', color: 'Accent', separator: true, spacing: 'Small' }),
      sides(
        comparison.columns.map((_, i) => [textBlock(cellText(row.cells[i] ?? ''), { size: 'Small', spacing: 'None' })]),
        { spacing: 'None' },
      ),
    );
  }
  if (comparison.verdict) {
    const verdict = textBlock(`💡 **노트의 권장**: ${teamsText(comparison.verdict)}`, { size: 'Small' });
    blocks.push(container([verdict], { style: 'emphasis', spacing: 'Medium' }));
  }
  return blocks;
}

/** What a row's press is called beside it: `RAID 퀴즈` on the RAID row is `퀴즈`. */
function pressLabel(row: ListRow): string {
  const label = row.action?.label ?? '';
  return label.startsWith(row.label) && label.length > row.label.length ? label.slice(row.label.length).trim() : label;
}

/**
 * One row: a fixed-width mark (so labels line up), the label (a mention for a person), then on a
 * second line the bar and the note (so bars line up whatever the label's length); a row with an
 * action is pressable as a whole and says so at its right.
 */
function rowBlock(row: ListRow, mentions: Mention[]): CardElement {
  const mention = mentionOf(row);
  if (mention) mentions.push(mention);
  const label = mention?.text ?? teamsText(row.label);
  const main: CardElement[] = [textBlock(label, { spacing: 'None', ...(row.action && { color: 'Accent' }) })];
  const second = [row.progress && bar(row.progress.done, row.progress.total), row.note].filter(Boolean).join('  ');
  if (second) main.push(subtle(second, { spacing: 'None', ...(row.progress && { fontType: 'Monospace' }) }));
  const cells: Array<[number | 'auto' | 'stretch' | string, CardElement[]]> = [];
  if (row.mark) cells.push(['24px', [textBlock(row.mark, { spacing: 'None' })]]);
  cells.push(['stretch', main]);
  if (row.action) cells.push(['auto', [subtle(`${pressLabel(row)} ›`, { spacing: 'None', color: 'Accent' })]]);
  return columns(cells as Array<[number | 'auto' | 'stretch', CardElement[]]>, {
    spacing: 'Small',
    ...(row.action && { selectAction: submit(row.action) }),
  });
}

/** A list: its heading, then its rows (or what it says when empty). */
export function listBlocks(list: ReplyList, mentions: Mention[]): CardElement[] {
  const head = list.heading ? [textBlock(teamsText(list.heading), { weight: 'Bolder', spacing: 'Medium' })] : [];
  const rows = list.rows.length > 0 ? list.rows.map((r) => rowBlock(r, mentions)) : list.empty ? [subtle(list.empty)] : [];
  return [...head, ...rows];
}

/** Choices as rows that show their whole text (Teams never wraps a button), under their one label. */
export function choiceBlocks(choices: { label?: string; rows: ChoiceRow[] }): CardElement[] {
  const rows = choices.rows.map(({ action, text, detail }) =>
    container(
      [
        columns([
          ['stretch', [textBlock(text, { color: 'Accent', spacing: 'None' }), ...(detail ? [subtle(detail, { spacing: 'None' })] : [])]],
          ['auto', [textBlock('›', { color: 'Accent', size: 'Large', spacing: 'None' })]],
        ]),
      ],
      { selectAction: submit(action), spacing: 'Small' },
    ),
  );
  const label = choices.label ? [subtle(choices.label, { weight: 'Bolder', spacing: 'None' })] : [];
  return [container([...label, ...rows], { separator: true, spacing: 'Medium' })];
}

/** At most two source lines: where in the notes, and `file:line` (a link when the notes have a URL). */
export function sourceBlocks(lines: SourceLine[]): CardElement[] {
  return lines.map((line, i) => {
    const at = line.url ? `[${line.at}](${line.url})` : line.at;
    return subtle(`📄 ${line.place ? `${line.place} · ` : ''}${at}`, { spacing: i === 0 ? 'Medium' : 'None' });
  });
}
