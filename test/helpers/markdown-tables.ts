// The tables and fenced code blocks of a markdown document, read with markdown-it (the parser the
// notes use), for tests that hold the docs to the manifests and the configuration.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('commonmark').enable('table');

/** A table: its header cells and its rows, each cell as its source text (backticks kept). */
export interface MarkdownTable {
  header: string[];
  rows: string[][];
}

export function markdownTables(source: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let current: MarkdownTable | undefined;
  let row: string[] | undefined;
  let inHead = false;
  for (const token of md.parse(source, {})) {
    if (token.type === 'table_open') tables.push((current = { header: [], rows: [] }));
    else if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && current && row) {
      if (inHead) current.header = row;
      else current.rows.push(row);
      row = undefined;
    } else if (token.type === 'inline' && row && current) row.push(token.content.trim());
  }
  return tables;
}

/** The one table whose first header cell is `first` (case-insensitive); throws when there is not exactly one. */
export function tableNamed(source: string, first: string): MarkdownTable {
  const found = markdownTables(source).filter((t) => t.header[0]?.toLowerCase() === first.toLowerCase());
  if (found.length !== 1) throw new Error(`expected one table headed "${first}", found ${found.length}`);
  return found[0]!;
}

/** Every `code` span of a cell. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** The fenced code blocks with their info string (`yaml`, `sh` …). */
export function fencedBlocks(source: string): Array<{ info: string; content: string }> {
  return md
    .parse(source, {})
    .filter((t) => t.type === 'fence')
    .map((t) => ({ info: t.info.trim(), content: t.content }));
}
