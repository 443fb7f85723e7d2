// Wiki exports write table cells that continue over several lines, which no markdown parser
// reads as one row. This pre-pass joins such rows with `<br>` before parsing, and keeps a map so
// every parsed position still points at the line it came from in the original file.

/** The repaired source and, per repaired line (1-based), the original line it starts on. */
export interface RepairedSource {
  text: string;
  /** originLine[n] = original 1-based line of repaired line n (index 0 unused). */
  originLine: number[];
}

const isRowStart = (line: string) => line.trimStart().startsWith('|');
const isDelimiter = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
const closesRow = (line: string) => line.trimEnd().endsWith('|');

export function repairTables(source: string): RepairedSource {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const originLine: number[] = [0];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (!(isRowStart(line) && isDelimiter(next))) {
      out.push(line);
      originLine.push(i + 1);
      i += 1;
      continue;
    }
    // A table: header, delimiter, then rows that may span lines until one ends with `|`.
    out.push(line.trim(), next.trim());
    originLine.push(i + 1, i + 2);
    i += 2;
    let consumed = 0;
    while (i < lines.length && isRowStart(lines[i] ?? '')) {
      const start = i;
      const parts = [(lines[i] ?? '').trim()];
      while (!closesRow(lines[i] ?? '') && i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') {
        i += 1;
        parts.push((lines[i] ?? '').trim());
      }
      i += 1;
      out.push(parts.join(' <br> '));
      originLine.push(start + 1);
      consumed += parts.length - 1;
    }
    // Pad with blank lines so everything after the table keeps its original line number.
    for (let k = 0; k < consumed; k++) {
      out.push('');
      originLine.push(i);
    }
  }
  return { text: out.join('\n'), originLine };
}
