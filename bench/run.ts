// `npm run bench`: index build time, per-question latency (p50/p99) and RSS for Kafka Bot's index
// and an out-of-the-box minisearch over the same chunks, on the bundled notes and on a generated
// 10,000-section corpus; then the store's per-answer latency. Figures, not assertions.
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { loadKnowledge, chunkNote } from '../src/knowledge/load.js';
import { SearchIndex } from '../src/search/search-index.js';
import { composeAnswer } from '../src/answer/compose.js';
import type { Knowledge } from '../src/knowledge/types.js';
import type { Chunk } from '../src/model/chunk.js';
import { generateNotes, generateQuestions } from './corpus.js';
import { benchStore } from './store.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** Live JS heap after a full GC (what an index really holds; RSS lags behind GC). */
const mb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};
const rss = () => process.memoryUsage().rss / 1048576;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}

function latencies(questions: string[], fn: (q: string) => unknown): number[] {
  for (const q of questions.slice(0, 20)) fn(q);
  return questions.map((q) => time(() => fn(q))[1]);
}

interface Row {
  name: string;
  build: number;
  p50: number;
  p99: number;
  rss: number;
}

function benchCorpus(label: string, chunks: Chunk[], questions: string[], knowledge?: Knowledge): Row[] {
  const base = mb();
  const [plain, plainBuild] = time(() => {
    const m = new MiniSearch({ fields: ['title', 'crumbs', 'text'] });
    m.addAll(chunks.map((c) => ({ id: c.id, title: c.title, crumbs: c.breadcrumb.join(' '), text: c.text })));
    return m;
  });
  const plainLat = latencies(questions, (q) => plain.search(q));
  const plainRss = mb() - base;
  const [ours, oursBuild] = time(() => new SearchIndex(chunks, knowledge?.glossary ?? []));
  const oursLat = latencies(questions, (q) => ours.search(q));
  const k: Knowledge = knowledge ?? { dir: '', files: [], chunks, quizItems: [], glossary: [], warnings: [], loadedAt: 0, search: ours };
  // One knowledge object for every question, as the running bot has between reloads (per-load caches hold).
  const answering: Knowledge = { ...k, search: ours };
  const answerLat = latencies(questions, (q) => composeAnswer(answering, q));
  const oursRss = mb() - base - plainRss; // the plain index is still alive
  void plain;
  return [
    { name: `${label}: minisearch defaults (search only)`, build: plainBuild, p50: pct(plainLat, 50), p99: pct(plainLat, 99), rss: plainRss },
    { name: `${label}: Kafka Bot index (search only)`, build: oursBuild, p50: pct(oursLat, 50), p99: pct(oursLat, 99), rss: oursRss },
    { name: `${label}: Kafka Bot full answer (search + compose)`, build: oursBuild, p50: pct(answerLat, 50), p99: pct(answerLat, 99), rss: oursRss },
  ];
}

async function main(): Promise<void> {
  const startRss = rss();
  const knowledge = await loadKnowledge('knowledge');
  const bundledQs = [
    '브로커 메모리 얼마나?', 'RAID10 vs RAID5', 'Confluent Platform vs Cloud', 'What disk setup should Kafka brokers use?', 'ext4 장점',
    'XFS는 누가 만들었어?', 'IaaS 단점', 'PaaS랑 SaaS 차이', '주말 날씨 어때?', 'AWS MSK는 어떤 서비스야?', 'RAID란?', '운영 환경 브로커 개수',
  ];
  const rows = benchCorpus(`bundled (${knowledge.chunks.length} chunks)`, knowledge.chunks, Array.from({ length: 400 }, (_, i) => bundledQs[i % bundledQs.length]!), knowledge);

  const notes = generateNotes(10_000);
  const [genChunks, chunkTime] = time(() => notes.flatMap((n) => chunkNote(n.text, n.file).chunks));
  rows.push(...benchCorpus(`generated 10,000 sections (${genChunks.length} chunks)`, genChunks, generateQuestions(500)));

  const out = [
    `Kafka Bot benchmark — node ${process.version}, ${new Date().toISOString()}`,
    `process RSS at start ${startRss.toFixed(0)} MB; markdown -> chunks for the 10k corpus: ${ms(chunkTime)}`,
    '',
    '| corpus / engine | index build | p50 / question | p99 / question | heap held |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${ms(r.build)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.rss.toFixed(0)} MB |`),
    '',
    `peak-ish process RSS now (everything above still alive): ${rss().toFixed(0)} MB`,
    '',
    await benchStore(),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exitCode = 1;
});
