// A table cell is read with its row: "enable.auto.commit: false" means little without 기본값 true
// and the 이유 beside it. A keyed table is chunked by column (table-chunks.ts); the row of a picked
// `key: cell` line is the same key's line in each sibling column of that table.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk } from '../model/chunk.js';
import { containerOf, siblingsOf } from './groups.js';
import { unitBody } from './source.js';

/** Columns of the table `chunk` (a column piece, or a `label: value` line cut from one) belongs to; none outside a table. */
export function columnsOf(knowledge: Knowledge, chunk: Chunk): Chunk[] {
  const column = containerOf(knowledge, chunk) ?? chunk;
  // Column pieces of one table share the header's line and their parent section.
  const columns = siblingsOf(knowledge, column).filter((c) => !c.within && c.file === column.file && c.startLine === column.startLine);
  return columns.length >= 2 ? columns : [];
}

/** The row of `key` across the table's columns, as a bullet and one nested line per column; undefined outside a table. */
export function tableRow(knowledge: Knowledge, chunk: Chunk, key: string): string[] | undefined {
  const cells = columnsOf(knowledge, chunk).flatMap((col) => {
    const unit = col.units.find((u) => u.label === key);
    return unit ? [`  - ${col.title}: ${unitBody(unit)}`] : [];
  });
  return cells.length >= 2 ? [`- **${key}**`, ...cells] : undefined;
}
