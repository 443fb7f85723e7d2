// `npm run bench`: Kafka Bot side by side with out-of-the-box minisearch (bench/plain-minisearch.ts)
// on the same files and questions — the bundled notes, then 10k and 50k generated sections — each
// figure from a fresh process: cold and warm (snapshot) start, index build, full-answer p50/p99,
// peak RSS, one-file reload and the 300-question `ask --json --stdin` batch. Figures, not asserts.
// Each figure is the best of `--runs` (default 3), the two engines measured in turn, so a busy
// moment on a shared machine does not land on one side only.
// `npm run bench -- --sizes 10000 --runs 3` picks the generated sizes (0 = bundled notes only).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { generateNotes } from './corpus.js';
import { benchQuestions } from './questions.js';
import { benchStore } from './store.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

function run(script: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<{ out: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve({ out, ms: performance.now() - started }) : reject(new Error(`${script} ${args.join(' ')} exited ${code}`)),
    );
    child.stdin.end(input ?? '');
  });
}

const child = async (engine: string, phase: string, dir: string, data: string, which: string) =>
  JSON.parse((await run(path.join(here, 'child.js'), [engine, phase, dir, data, which])).out) as Record<string, number>;

interface Figures {
  cold: number;
  warm: number;
  build: number;
  first99: number;
  p50: number;
  p99: number;
  rss: number;
  rssWarm: number;
  reload: number;
  batch: number;
  batchWarm: number;
}

async function measure(engine: 'bot' | 'plain', dir: string, which: string, scratch: string): Promise<Figures> {
  const data = path.join(scratch, `${engine}-data`);
  const cold = await child(engine, 'cold', dir, data, which);
  await child(engine, 'snapshot', dir, data, which);
  const warm = await child(engine, 'warm', dir, data, which);
  const questions = `${benchQuestions(which).join('\n')}\n`;
  // The warm batch starts from the snapshot the 'snapshot' child wrote to `data`.
  const env = { RATE_LIMIT_PER_MINUTE: '1000000000', DATA_DIR: data, KNOWLEDGE_WATCH: '0' };
  const batch = async (warmStart: boolean) =>
    engine === 'bot'
      ? (
          await run(
            path.join(root, 'dist/adapters/cli/ask.js'),
            ['--json', '--stdin', '--knowledge', dir, ...(warmStart ? [] : ['--no-snapshot'])],
            questions,
            env,
          )
        ).ms
      : (await run(path.join(here, 'plain-ask.js'), [dir], questions)).ms;
  const batchCold = await batch(false);
  return {
    cold: cold.start!,
    warm: warm.start!,
    build: cold.build!,
    first99: cold.first99!,
    p50: cold.p50!,
    p99: cold.p99!,
    rss: cold.rss!,
    rssWarm: warm.rss!,
    reload: cold.reload!,
    batch: batchCold,
    batchWarm: await batch(true),
  };
}

/** Each figure's lowest over the runs (noise on a shared machine only ever adds). */
function best(runs: Figures[]): Figures {
  const out = { ...runs[0]! };
  for (const key of Object.keys(out) as Array<keyof Figures>) out[key] = Math.min(...runs.map((r) => r[key]));
  return out;
}

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 2 : 0)} ms`);
const ROWS: Array<[keyof Figures, string, (n: number) => string]> = [
  ['cold', 'cold start (no snapshot)', ms],
  ['warm', 'warm start (snapshot / loadJSON)', ms],
  ['build', 'index build (chunks given)', ms],
  ['first99', 'full answer, slowest of the first 100 after a start', ms],
  ['p50', 'full answer p50 (after those 100)', ms],
  ['p99', 'full answer p99 (after those 100)', ms],
  ['rss', 'peak RSS (cold start, then answering)', (n) => `${n.toFixed(0)} MB`],
  ['rssWarm', 'peak RSS (warm start, then answering)', (n) => `${n.toFixed(0)} MB`],
  ['reload', 'one-file reload', ms],
  ['batch', '300-question batch, one process (cold)', ms],
  ['batchWarm', '300-question batch, one process (warm)', ms],
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,50000' }, runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number(values.runs) || 1);
  const sizes = values
    .sizes!.split(',')
    .map(Number)
    .filter((n) => n > 0);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'kafka-bot-bench-'));
  const out = [`Kafka Bot benchmark — node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`, ''];
  try {
    const corpora: Array<{ label: string; dir: string; which: string }> = [
      { label: 'bundled notes (knowledge/)', dir: path.join(root, 'knowledge'), which: 'bundled' },
    ];
    for (const n of sizes) {
      const dir = path.join(scratch, `gen-${n}`);
      for (const note of generateNotes(n)) {
        await mkdir(path.dirname(path.join(dir, note.file)), { recursive: true });
        await writeFile(path.join(dir, note.file), note.text);
      }
      corpora.push({ label: `${n.toLocaleString('en')} generated sections`, dir, which: 'generated' });
    }
    out.push('| corpus | measure | Kafka Bot | minisearch defaults | ratio |', '| --- | --- | --- | --- | --- |');
    for (const corpus of corpora) {
      const bots: Figures[] = [];
      const plains: Figures[] = [];
      for (let r = 0; r < runs; r++) {
        const scratchFor = await mkdtemp(path.join(scratch, 'run-'));
        bots.push(await measure('bot', corpus.dir, corpus.which, scratchFor));
        plains.push(await measure('plain', corpus.dir, corpus.which, scratchFor));
        await rm(scratchFor, { recursive: true, force: true });
      }
      const bot = best(bots);
      const plain = best(plains);
      for (const [key, name, fmt] of ROWS)
        out.push(`| ${corpus.label} | ${name} | ${fmt(bot[key])} | ${fmt(plain[key])} | ${(bot[key] / plain[key]).toFixed(2)}× |`);
      process.stderr.write(`bench: ${corpus.label} done\n`);
    }
    out.push(
      '',
      `Each figure: the best of ${runs} run(s), Kafka Bot and minisearch measured in turn.`,
      'minisearch defaults: notes cut at headings, fields title+text, best hit as the answer; its warm start is MiniSearch.loadJSON,',
      'its reload discard+add, and it has no warm batch (same as cold).',
      '',
      await benchStore(),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exitCode = 1;
});
