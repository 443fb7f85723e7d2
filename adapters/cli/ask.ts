// `npm run ask -- "질문"`: answers from the notes on stdout. `--json` prints one JSON line
// {kind,text,sources}; `--stdin` answers one question per non-blank input line in one process
// (plain answers separated by a `---` line); `--knowledge DIR` reads another folder. Sessions live in
// memory; the knowledge snapshot goes to DATA_DIR unless `--no-snapshot` (or KNOWLEDGE_SNAPSHOT=0).
// `.env` is read first, never overriding variables already set.
import { parseArgs } from 'node:util';
import { config as loadDotEnv } from 'dotenv';
import { createInterface } from 'node:readline';
import { createRuntime, followUpsOf, isKafkaBotError, loadConfig, type Reply } from '../../src/index.js';

function output(reply: Reply, json: boolean): string {
  if (!json) return reply.text;
  return JSON.stringify({
    kind: reply.kind,
    text: reply.text,
    sources: reply.sources.map((s) => ({ title: s.title, file: s.file, line: s.line, breadcrumb: s.breadcrumb })),
    followUps: followUpsOf(reply),
    title: reply.title,
  });
}

const USAGE =
  'usage: npm run ask -- [--json] [--knowledge DIR] [--no-snapshot] "질문"\n' +
  '       npm run ask -- [--json] [--knowledge DIR] [--no-snapshot] --stdin < questions.txt\n';
/** Between two plain-text answers of `--stdin` (JSON lines need none). */
const SEPARATOR = '---';

const OPTIONS = {
  json: { type: 'boolean' },
  stdin: { type: 'boolean' },
  knowledge: { type: 'string' },
  'no-snapshot': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse() {
  try {
    return parseArgs({ allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    // An unknown flag or a missing value: say which, then how to call it.
    process.stderr.write(`error: ${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const parsed = parse();
  if (!parsed) {
    process.exitCode = 2;
    return;
  }
  const { values, positionals } = parsed;
  if (values.help || (!values.stdin && positionals.length === 0)) {
    (values.help ? process.stdout : process.stderr).write(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  loadDotEnv({ quiet: true });
  const config = loadConfig();
  if (values.knowledge) config.knowledgeDir = values.knowledge;
  if (values['no-snapshot']) config.knowledgeSnapshot = false;
  // One question at a time, nothing to ack: an answer worker would only load the notes twice.
  const runtime = await createRuntime(config, { storeKind: 'memory', answerWorkers: 0 });
  for (const warning of runtime.knowledge.current.warnings) process.stderr.write(`warning: ${warning}\n`);
  const answer = (question: string) =>
    runtime.assistant.handle({ platform: 'cli', userId: 'cli:local', rawUserId: 'local', text: question });
  const json = values.json ?? false;
  if (values.stdin) {
    let first = true;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      const text = output(await answer(line), json);
      process.stdout.write(json || first ? `${text}\n` : `${SEPARATOR}\n${text}\n`);
      first = false;
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
