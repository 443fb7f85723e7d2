// What the console may do on this terminal: how wide to wrap (COLUMNS, the TTY's width, else 80)
// and whether to style with ANSI (only on a TTY, never with NO_COLOR), plus the two styles it uses.

/** How the console lays text out. */
export interface TerminalStyle {
  /** Columns to wrap at. */
  width: number;
  /** Bold and dim via ANSI escapes. */
  color: boolean;
}

/** Width and colour for `output`: COLUMNS wins, then the TTY's columns, then 80; colour on a TTY without NO_COLOR. */
export function terminalStyle(output: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): TerminalStyle {
  const tty = output as { isTTY?: boolean; columns?: number };
  const fromEnv = /^\d+$/.test(env.COLUMNS?.trim() ?? '') ? Number(env.COLUMNS) : 0;
  const width = fromEnv > 0 ? fromEnv : tty.isTTY && tty.columns ? tty.columns : 80;
  // no-color.org: NO_COLOR present and not empty turns colour off, whatever its value.
  const color = Boolean(tty.isTTY) && !env.NO_COLOR;
  return { width: Math.max(20, width), color };
}

export const bold = (style: TerminalStyle, text: string): string => (style.color && text ? `\u001b[1m${text}\u001b[22m` : text);
export const dim = (style: TerminalStyle, text: string): string => (style.color && text ? `\u001b[2m${text}\u001b[22m` : text);
