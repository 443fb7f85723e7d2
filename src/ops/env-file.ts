// Reads `.env` the way dotenv does (its parser, never overriding a variable already set), and says
// what dotenv keeps quiet: which lines it could not read (by number, never their text, which may
// hold a secret) and which variables came from the file, so a config error can say "(from .env)".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';

/**
 * dotenv 17's own line expression (lib/main.js `LINE`), used only to find the lines it skips;
 * test/ops/env-file.test.ts checks it against dotenv.parse line by line.
 */
const DOTENV_LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;

/** 1-based numbers of the lines dotenv ignores that are neither blank nor a `#` comment. */
export function unreadableLines(text: string): number[] {
  const source = text.replace(/\r\n?/g, '\n');
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length - 1;
  const read = new Set<number>();
  for (const match of source.matchAll(DOTENV_LINE)) {
    const last = lineOf(match.index + Math.max(match[0].length - 1, 0));
    for (let line = lineOf(match.index); line <= last; line += 1) read.add(line);
  }
  return source.split('\n').flatMap((line, i) => (read.has(i) || /^\s*(#.*)?$/.test(line) ? [] : [i + 1]));
}

export interface EnvFile {
  /** Variables the file set (those already in the environment are left alone and not listed). */
  fromFile: Set<string>;
  /** Lines that were ignored, and a file that could not be read; never a value. */
  warnings: string[];
}

export interface EnvFileOptions {
  /** The file. Default `.env` in the working directory. */
  file?: string;
  /** Where the values go. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

/** Load `.env` into the environment (a missing file is no error) and report what happened. */
export function loadEnvFile(options: EnvFileOptions = {}): EnvFile {
  const file = options.file ?? path.resolve('.env');
  const env = options.env ?? process.env;
  const shown = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { fromFile: new Set(), warnings: [] };
    return { fromFile: new Set(), warnings: [`${shown} could not be read (${code ?? (error as Error).message}); it was ignored`] };
  }
  const warnings = unreadableLines(text).map((n) => `${shown} line ${n} is not NAME=value and was ignored`);
  const fromFile = new Set<string>();
  for (const [name, value] of Object.entries(parse(text))) {
    if (Object.hasOwn(env, name)) continue;
    env[name] = value;
    fromFile.add(name);
  }
  return { fromFile, warnings };
}
