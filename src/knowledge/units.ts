// Block content -> units (one sentence or bullet each), the grain the composer trims answers to.
// Bullets keep their `label:` so comparisons can line aspects up (특징, 장점, 메모리, …).
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Unit } from '../model/chunk.js';
import { cleanTitle, inlineText } from './inline.js';

/** Maps a repaired-source line to the original file line. */
export type LineMap = (line: number) => number;

/**
 * Called for every list item's first line, so quiz markup can be picked up during chunking. Units
 * returned replace the item's own: an O/X statement (often false) is quiz material, never content.
 */
export type ItemHook = (item: ListItem, firstLine: string, nested: Unit[]) => Unit[] | undefined;

const SENTENCE_END = /(?<=[.!?。])\s+(?=\S)/;
const PLAIN_LABEL = /^([^\s:：.,][^:：.,]{0,11}?)\s*[:：]\s*\S/;

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

/** Split text into sentence units; `\n` inside (soft breaks, table `<br>`) advances the line. */
export function sentenceUnits(text: string, line: number, depth: number, bullet: boolean, label?: string): Unit[] {
  const units: Unit[] = [];
  text.split('\n').forEach((row, offset) => {
    const parts = row
      .trim()
      .split(SENTENCE_END)
      .map((s) => s.trim())
      .filter(Boolean);
    parts.forEach((part, i) => {
      units.push({ text: part, line: line + offset, depth, bullet: bullet && i === 0 && offset === 0, label });
    });
  });
  return units;
}

/** `**특징**: …` or a short `메모리: …` prefix. */
export function itemLabel(paragraph: Paragraph | undefined, text: string): string | undefined {
  const first = paragraph?.children[0];
  if (first?.type === 'strong') {
    const strong = inlineText(first);
    const after = text.slice(strong.length).trimStart();
    if (/[:：]\s*$/.test(strong) || after.startsWith(':') || after.startsWith('：') || after === '') {
      return cleanTitle(strong);
    }
  }
  const plain = PLAIN_LABEL.exec(text);
  return plain ? cleanTitle(plain[1] ?? '') : undefined;
}

export function unitsOf(block: RootContent, map: LineMap, depth = 0, onItem?: ItemHook): Unit[] {
  switch (block.type) {
    case 'paragraph':
      return sentenceUnits(inlineText(block), map(lineOf(block)), depth, false);
    case 'list':
      return listUnits(block, map, depth, onItem);
    case 'blockquote':
      return block.children.flatMap((c) => unitsOf(c as RootContent, map, depth, onItem));
    case 'code':
      return codeUnits(block.value, map(lineOf(block)), depth);
    case 'table':
      return block.children.flatMap((row) =>
        sentenceUnits(row.children.map((c) => inlineText(c).replace(/\n/g, ' / ')).join(' | '), map(lineOf(row)), depth, true),
      );
    default:
      return [];
  }
}

/** `key=value`, `key: value`, `"key": value` (properties, YAML, JSON): one setting per line. */
const SETTING = /^\s*"?([A-Za-z_][\w.-]*)"?\s*[:=]\s*(.+?)\s*,?\s*$/;

/**
 * A code block: a block of settings gives one unit per setting (its line as written), labelled with
 * its key, so "what is plugin.path set to" finds its own line; anything else (a command) stays one unit.
 * `line` is the fence's line; the code starts on the next.
 */
function codeUnits(code: string, line: number, depth: number): Unit[] {
  const rows = code.split('\n');
  const settings = rows.map((row) => SETTING.exec(row));
  const filled = rows.filter((row) => /\S/.test(row) && !/^\s*[{}[\]]+,?\s*$/.test(row) && !/^\s*#/.test(row));
  if (filled.length === 0 || settings.filter(Boolean).length < Math.max(2, filled.length * 0.6)) {
    return [{ text: code, line, depth, bullet: false }];
  }
  return settings.flatMap((m, i): Unit[] =>
    m ? [{ text: rows[i]!.trim().replace(/,$/, ''), line: line + 1 + i, depth, bullet: true, label: m[1] }] : [],
  );
}

function listUnits(list: List, map: LineMap, depth: number, onItem?: ItemHook): Unit[] {
  return list.children.flatMap((item) => itemUnits(item, map, depth, onItem));
}

export function itemUnits(item: ListItem, map: LineMap, depth: number, onItem?: ItemHook): Unit[] {
  const [first, ...rest] = item.children;
  const paragraph = first?.type === 'paragraph' ? first : undefined;
  const text = paragraph ? inlineText(paragraph) : '';
  const label = itemLabel(paragraph, text);
  const head = paragraph ? sentenceUnits(text, map(lineOf(paragraph)), depth, true, label) : [];
  const nestedLabel = label && text.replace(/[:：\s]/g, '') === label.replace(/\s/g, '') ? label : undefined;
  const nested = (paragraph ? rest : item.children).flatMap((c) =>
    unitsOf(c as RootContent, map, depth + 1, onItem).map((u) => (nestedLabel && !u.label ? { ...u, label: nestedLabel } : u)),
  );
  return onItem?.(item, text, nested) ?? [...head, ...nested];
}
