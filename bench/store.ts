// Store benchmark: recordAnswer latency (p50/p99 over ~2000 answers) for SQLite on a temp file and
// for Redis on a throwaway local redis-server, so a change to either store shows its cost.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RedisStore } from '../src/store/redis.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { SessionStore } from '../src/store/store.js';
import { findRedisServer, startRedisServer } from './redis-server.js';

/** Sessions × questions answered per store (2000 answers). */
const SESSIONS = 100;
const QUESTIONS = 20;
const WARMUP_SESSIONS = 5;

interface Result {
  store: string;
  answers: number;
  p50: number;
  p99: number;
  max: number;
}

/** Run the store benchmark; returns a markdown table (and a note when Redis could not run). */
export async function benchStore(): Promise<string> {
  const results: Result[] = [];
  const notes: string[] = [];

  const dir = await mkdtemp(join(tmpdir(), 'kafkabot-bench-'));
  try {
    results.push(await measure('SQLite (WAL, temp file)', new SqliteStore({ file: join(dir, 'bench.db') })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  if (findRedisServer()) {
    const server = await startRedisServer();
    try {
      results.push(await measure('Redis (local redis-server, Lua)', new RedisStore({ url: server.url, prefix: 'bench:' })));
    } finally {
      await server.stop();
    }
  } else {
    notes.push('Redis: redis-server not found on PATH, not measured.');
  }

  const rows = results.map((r) => `| ${r.store} | ${r.answers} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`);
  return [
    '### Store: recordAnswer latency',
    '',
    '| store | answers | p50 (ms) | p99 (ms) | max (ms) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

async function measure(name: string, store: SessionStore): Promise<Result> {
  await store.init();
  try {
    await answerAll(store, 'warmup', WARMUP_SESSIONS);
    const samples = await answerAll(store, 'run', SESSIONS);
    samples.sort((a, b) => a - b);
    return {
      store: name,
      answers: samples.length,
      p50: percentile(samples, 0.5),
      p99: percentile(samples, 0.99),
      max: samples.at(-1) ?? 0,
    };
  } finally {
    await store.close();
  }
}

/** Create `sessions` quizzes of QUESTIONS items and answer them all; returns each answer's latency in ms. */
async function answerAll(store: SessionStore, tag: string, sessions: number): Promise<number[]> {
  const samples: number[] = [];
  const now = Date.now();
  for (let s = 0; s < sessions; s++) {
    const id = `${tag}-${s}`;
    const userId = `bench:user-${s % 10}`;
    const itemIds = Array.from({ length: QUESTIONS }, (_, i) => `item-${(s + i) % 50}`);
    await store.createSession({ id, userId, itemIds, current: 0, mode: 'quiz', startedAt: now, updatedAt: now, answers: [] });
    for (const [index, itemId] of itemIds.entries()) {
      const correct = (s + index) % 3 !== 0;
      const started = performance.now();
      const outcome = await store.recordAnswer({ sessionId: id, userId, index, itemId, choice: correct ? 'O' : 'X', correct, at: now });
      samples.push(performance.now() - started);
      if (outcome.status !== 'recorded') throw new Error(`benchmark answer ${id}#${index} was ${outcome.status}`);
    }
  }
  return samples;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function ms(value: number): string {
  return value.toFixed(3);
}
