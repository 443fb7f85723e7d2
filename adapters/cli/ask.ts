// `npm run ask -- "질문"`: answers from the notes on stdout as plain text (no markdown). `--json`
// prints one JSON line {kind,text,sources,followUps,title} per answer, a failure as kind `error`;
// `--stdin` answers one question per non-blank input line in one process (plain answers separated by
// a `---` line); `--knowledge DIR` reads another folder. Sessions live in memory; the knowledge
// snapshot goes to DATA_DIR unless `--no-snapshot` (or KNOWLEDGE_SNAPSHOT=0). `.env` is read first,
// never overriding variables already set.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createRuntime, isKafkaBotError, loadConfig, loadEnvFile, type Runtime } from '../../src/index.js';
import { jsonError, output } from './output.js';

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
  const json = values.json ?? false;
  const fail = (error: unknown) => {
    const message = isKafkaBotError(error) ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
    if (json) process.stdout.write(`${JSON.stringify(jsonError(message))}\n`);
    process.exitCode = 1;
  };
  const dotEnv = loadEnvFile();
  for (const warning of dotEnv.warnings) process.stderr.write(`warning: ${warning}\n`);
  let runtime: Runtime;
  try {
    const config = loadConfig(process.env, dotEnv);
    if (values.knowledge) config.knowledgeDir = values.knowledge;
    if (values['no-snapshot']) config.knowledgeSnapshot = false;
    // One question at a time, nothing to ack: an answer worker would only load the notes twice.
    runtime = await createRuntime(config, { storeKind: 'memory', answerWorkers: 0 });
  } catch (error) {
    fail(error);
    return;
  }
  for (const warning of runtime.knowledge.current.warnings) process.stderr.write(`warning: ${warning}\n`);
  /** The answer as printed, or undefined when it failed (said on stderr, and as a JSON line with --json). */
  const answer = async (question: string) => {
    try {
      return output(await runtime.assistant.handle({ platform: 'cli', userId: 'cli:local', rawUserId: 'local', text: question }), json);
    } catch (error) {
      fail(error);
      return undefined;
    }
  };
  if (values.stdin) {
    let first = true;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      const text = await answer(line);
      if (text === undefined) continue;
      process.stdout.write(json || first ? `${text}\n` : `${SEPARATOR}\n${text}\n`);
      first = false;
    }
  } else {
    const text = await answer(positionals.join(' '));
    if (text !== undefined) process.stdout.write(`${text}\n`);
  }
  await runtime.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${isKafkaBotError(error) ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
