// `ask --json --stdin --knowledge DIR` for the out-of-the-box minisearch baseline: one JSON answer
// per input line, so the 300-question batch times both engines doing the same job in one process.
import { createInterface } from 'node:readline';
import { PlainBot } from './plain-minisearch.js';

const bot = await PlainBot.load(process.argv[2] ?? 'knowledge');
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim()) process.stdout.write(`${JSON.stringify(bot.answer(line))}\n`);
}
