// Wrapping for the console: each line is cut to the terminal width counting Korean and emoji as two
// columns (string-width, via wrap-ansi), and a bullet's continuation lines keep the bullet's indent.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// Leading spaces plus a list marker (•, -, *, 1., 1), ■, │): continuation lines align after it.
const HANG = /^(\s*(?:[•\-*■│]|\d+[.)])\s+|\s+)/;

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
