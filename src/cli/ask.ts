// `npm run ask -- "질문"`: answers from the notes on stdout. `--json` prints one JSON line
// {kind,text,sources}; `--stdin` answers one question per input line in one process;
// `--knowledge DIR` reads another folder. Nothing is stored on disk.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { loadConfig } from '../config.js';
import { isKafkaBotError } from '../errors.js';
import { createRuntime } from '../runtime.js';
import type { Reply } from '../reply.js';

function output(reply: Reply, json: boolean): string {
  if (!json) return reply.text;
  return JSON.stringify({
    kind: reply.kind,
    text: reply.text,
    sources: reply.sources.map((s) => ({ title: s.title, file: s.file, line: s.line, breadcrumb: s.breadcrumb })),
    followUps: reply.followUps,
    title: reply.title,
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, stdin: { type: 'boolean' }, knowledge: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || (!values.stdin && positionals.length === 0)) {
    process.stdout.write('usage: npm run ask -- [--json] [--knowledge DIR] "질문"\n       npm run ask -- [--json] --stdin < questions.txt\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = loadConfig();
  if (values.knowledge) config.knowledgeDir = values.knowledge;
  const runtime = await createRuntime(config, { storeKind: 'memory' });
  for (const warning of runtime.knowledge.current.warnings) process.stderr.write(`warning: ${warning}\n`);
  const answer = (question: string) =>
    runtime.assistant.handle({ platform: 'cli', userId: 'cli:local', rawUserId: 'local', text: question });
  const json = values.json ?? false;
  if (values.stdin) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      process.stdout.write(`${output(await answer(line), json)}\n`);
    }
  } else {
    process.stdout.write(`${output(await answer(positionals.join(' ')), json)}\n`);
  }
  await runtime.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${isKafkaBotError(error) ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
