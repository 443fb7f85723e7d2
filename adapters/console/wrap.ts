// Wrapping for the console: each line is cut to the terminal width counting Korean and emoji as two
// columns and ANSI colour codes as none (string-width, wrap-ansi), and a bullet's continuation lines
// keep the bullet's indent, whether or not the line starts with a colour code.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// Colour codes, leading spaces, then a list marker (•, -, *, 1., 1), ■, │, ○, ✓) and its spaces, or
// a comparison's `  RAID 10 │ `: continuation lines align after it.
// eslint-disable-next-line no-control-regex -- ANSI SGR sequences are what a coloured line starts with
const HANG = /^((?:\u001b\[[0-9;]*m)*\s*(?:[•\-*■│○✓]|\d+[.)])(?:\u001b\[[0-9;]*m)*\s+|\s+[^│\n]{1,30}│\s+(?:•\s+)?|\s+)/;

/** One line wrapped to `width` columns, continuation lines indented under the text after its marker. */
export function wrapLine(line: string, width: number): string {
  if (stringWidth(line) <= width) return line;
  const prefix = HANG.exec(line)?.[1] ?? '';
  const indent = stringWidth(prefix);
  // A marker wider than half the screen is not worth keeping as a hanging indent.
  const hang = indent <= width / 2 ? indent : 0;
  const rest = hang > 0 ? line.slice(prefix.length) : line;
  const wrapped = wrapAnsi(rest, width - hang, { hard: true, trim: true, wordWrap: true }).split('\n');
  return wrapped.map((part, i) => (i === 0 ? `${hang > 0 ? prefix : ''}${part}` : `${' '.repeat(hang)}${part}`)).join('\n');
}

/** Every line of `text` wrapped to `width` columns. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}
