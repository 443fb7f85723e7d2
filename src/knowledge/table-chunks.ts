// Tables -> chunks. A comparison table gives one chunk per column (Confluent Cloud | Platform,
// 개발용 | 운영 클러스터); a two-column table keyed by short row names gives one chunk per row.
import type { Table, TableCell } from 'mdast';
import type { Unit } from '../model/chunk.js';
import { cleanTitle, inlineText } from './inline.js';
import type { LineMap } from './units.js';

export interface TablePiece {
  title: string;
  line: number;
  units: Unit[];
}

/** Cell text split on `<br>` (repaired multi-line cells), list dashes removed. */
function cellLines(cell: TableCell | undefined): string[] {
  return inlineText(cell ?? { type: 'tableCell', children: [] })
    .split('\n')
    .map((s) =>
      s
        .trim()
        .replace(/^[-*]\s+/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** Longest first cell that still keys its row (a symptom of a troubleshooting table is long). */
const KEY_CHARS = 120;

export function tablePieces(table: Table, map: LineMap): TablePiece[] {
  const [header, ...body] = table.children;
  if (!header || body.length === 0) return [];
  const titles = header.children.map((c) => cleanTitle(inlineText(c)));
  // Per body row: each cell's lines with their original line numbers (one `<br>` = one line).
  const rows = body.map((row) => {
    let offset = 0;
    const start = map(row.position?.start.line ?? 0);
    return row.children.map((cell) => {
      const lines = cellLines(cell).map((text, k) => ({ text, line: start + offset + k }));
      offset += Math.max(0, lines.length - 1);
      return lines;
    });
  });
  // Keyed by short row names (항목 | 개발 | 운영): one line each, and no two rows alike.
  const keys = rows.map((r) => r[0]?.[0]?.text ?? '');
  const keyed =
    rows.length >= 2 &&
    rows.every((r) => (r[0]?.length ?? 0) === 1 && (r[0]?.[0]?.text.length ?? 999) <= KEY_CHARS) &&
    new Set(keys).size === keys.length;

  if (keyed && titles.length === 2) {
    return rows.map((r) => ({
      title: r[0]?.[0]?.text ?? '',
      line: r[0]?.[0]?.line ?? 0,
      units: (r[1] ?? []).map((c) => ({ text: c.text, line: c.line, depth: 0, bullet: true })),
    }));
  }
  const firstData = keyed ? 1 : 0;
  const pieces: TablePiece[] = [];
  for (let col = firstData; col < titles.length; col++) {
    const units: Unit[] = rows.flatMap((r) => {
      const cells = r[col] ?? [];
      if (!keyed) return cells.map((c) => ({ text: c.text, line: c.line, depth: 0, bullet: true }));
      const key = r[0]?.[0]?.text ?? '';
      // One way of listing a cell's lines, always: " / ".
      const text = cells.map((c) => c.text).join(' / ');
      return text ? [{ text: `${key}: ${text}`, line: cells[0]?.line ?? 0, depth: 0, bullet: true, label: key }] : [];
    });
    if (units.length > 0) pieces.push({ title: titles[col] ?? '', line: map(header.position?.start.line ?? 0), units });
  }
  return pieces;
}
