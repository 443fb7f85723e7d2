// One measurement in a fresh process (so start times and RSS are honest): `node child.js ENGINE
// PHASE DIR DATA QUESTIONS`, ENGINE bot|plain, PHASE cold|snapshot|warm; prints one JSON line.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../src/knowledge/load.js';
import { reloadFiles } from '../src/knowledge/reload-files.js';
import { SearchIndex } from '../src/search/search-index.js';
import { createAssistant } from '../src/assistant/assistant.js';
import { MemoryStore } from '../src/store/memory.js';
import { PlainBot, plainChunks, plainFiles, plainOptions } from './plain-minisearch.js';
import { benchQuestions, warmUpQuestions } from './questions.js';

const [engine, phase, dir = 'knowledge', data = 'data', which = 'bundled'] = process.argv.slice(2);
const questions = benchQuestions(which);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const peakRss = () => process.resourceUsage().maxRSS / 1024;
const SECTION = '\n\n### 벤치 편집 섹션\n\n- 벤치마크가 이 파일 하나를 고쳐 다시 읽는다: 메모리 64GB.\n';

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

/**
 * Full-answer latency: the first 100 questions after a start (other questions than the measured
 * ones: JIT, lazily built tables and the load's garbage all land there), then p50/p99 over the
 * distinct questions of the batch, as a running bot sees them.
 */
async function latencies(answer: (q: string) => unknown): Promise<{ p50: number; p99: number; first99: number }> {
  const first: number[] = [];
  for (const q of warmUpQuestions()) first.push((await timed(() => answer(q)))[1]);
  const xs: number[] = [];
  for (const q of new Set(questions)) xs.push((await timed(() => answer(q)))[1]);
  return { p50: pct(xs, 50), p99: pct(xs, 99), first99: pct(first, 99) };
}

/** Append a section to one note, time `reload`, then put the note back as it was. */
async function oneFileReload(file: string, reload: (source: string) => Promise<unknown> | unknown): Promise<number> {
  const original = await readFile(file, 'utf8');
  await appendFile(file, SECTION);
  try {
    return (await timed(async () => reload(await readFile(file, 'utf8'))))[1];
  } finally {
    await writeFile(file, original);
  }
}

async function bot(): Promise<Record<string, number>> {
  if (phase === 'snapshot') return { write: (await timed(() => loadKnowledge(dir, { snapshotDir: data })))[1] };
  const [knowledge, start] = await timed(() => loadKnowledge(dir, phase === 'warm' ? { snapshotDir: data } : {}));
  if (phase === 'warm' && !knowledge.snapshot?.used) throw new Error(`snapshot not used: ${knowledge.snapshot?.reason}`);
  const holder = { current: knowledge };
  const assistant = createAssistant({ knowledge: holder, store: new MemoryStore({ sessionTtlMs: 3_600_000 }), rateLimitPerMinute: 1e9 });
  let i = 0;
  const timing = await latencies((q) => assistant.handle({ platform: 'cli', userId: `bench:${i++}`, rawUserId: 'bench', text: q }));
  const out: Record<string, number> = { start, ...timing, rss: peakRss() };
  if (phase === 'warm') return out;
  out.build = (await timed(() => new SearchIndex(knowledge.chunks, knowledge.glossary)))[1];
  const file = path.join(knowledge.dir, knowledge.files[Math.floor(knowledge.files.length / 2)]!.split('/').slice(1).join('/'));
  out.reload = await oneFileReload(file, async () => {
    holder.current = (await reloadFiles(holder.current, [file]))!;
  });
  return out;
}

async function plain(): Promise<Record<string, number>> {
  const saved = path.join(data, 'plain-minisearch.json');
  if (phase === 'snapshot') {
    const b = await PlainBot.load(dir);
    await mkdir(data, { recursive: true });
    return { write: (await timed(() => writeFile(saved, JSON.stringify(b.mini))))[1] };
  }
  const [b, start] = await timed(async () => {
    if (phase !== 'warm') return PlainBot.load(dir);
    const loaded = MiniSearch.loadJSON(await readFile(saved, 'utf8'), plainOptions);
    return { mini: loaded } as unknown as PlainBot;
  });
  if (phase === 'warm') return { start, rss: peakRss() };
  const timing = await latencies((q) => b.answer(q));
  const out: Record<string, number> = { start, ...timing, rss: peakRss() };
  const chunks = await plainChunks(dir);
  out.build = (await timed(() => new PlainBot(chunks)))[1];
  const files = await plainFiles(dir);
  const rel = files[Math.floor(files.length / 2)]!;
  out.reload = await oneFileReload(path.join(dir, rel), (source) => b.reloadFile(rel, source));
  return out;
}

const result = engine === 'bot' ? await bot() : await plain();
process.stdout.write(`${JSON.stringify(result)}\n`);
