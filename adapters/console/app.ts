// The console adapter, like hubot's shell adapter: a prompt on a terminal, or one answer per line
// of piped input (then exit at end of input). Used when no Slack or Teams credentials are set.
import { createInterface } from 'node:readline';
import type { Assistant, Reply } from '../../src/index.js';
import { renderConsole } from './render.js';

export interface ConsoleOptions {
  assistant: Assistant;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Show a prompt and colours. Default: whether input is a TTY. */
  interactive?: boolean;
  /** Printed once at start (mode, how to switch). */
  banner?: string;
  userId?: string;
}

const EXIT = /^(?:exit|quit|bye|종료|나가기|\/exit|\/quit)$/i;

/** Run until `exit` or end of input. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const write = (text: string) => output.write(`${text}\n`);
  if (options.banner) write(options.banner);
  const userId = options.userId ?? `console:${process.env.USER ?? 'local'}`;
  if (interactive) {
    rl.setPrompt('kafka> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (EXIT.test(text)) break;
    if (text === '' && interactive) {
      rl.prompt();
      continue;
    }
    let reply: Reply;
    try {
      reply = await options.assistant.handle({ platform: 'console', userId, rawUserId: userId, text });
    } catch (error) {
      write(`죄송해요, 답하는 중에 문제가 생겼어요: ${(error as Error).message}`);
      continue;
    }
    write(renderConsole(reply));
    if (interactive) rl.prompt();
  }
  rl.close();
}
