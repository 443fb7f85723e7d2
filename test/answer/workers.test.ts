// Answer worker threads (src/answer/workers.ts) with the real worker: the same replies as answering
// in this thread, a worker killed mid-burst loses no question and comes back, a reload reaches it
// (and its fresh snapshot makes the next start warm), a worker that cannot load is reported and
// bypassed, and close() stops the thread.
import { readFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerWorkers } from '../../src/answer/workers.js';
import { composeRequest, type AnswerRequest } from '../../src/answer/request.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { createRuntime, loadConfig, loadKnowledge, reloadKnowledge, type KafkaBotError } from '../../src/index.js';
import { bundled, tempKnowledge } from '../helpers/knowledge.js';

const QUESTIONS: AnswerRequest[] = [
  ...readFileSync(path.resolve(import.meta.dirname, '../fixtures/dev/bundled-questions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ kind: 'answer' as const, question: (JSON.parse(line) as { q: string }).q })),
  { kind: 'compare', sides: ['RAID 1', 'RAID 5'], text: 'RAID 1 vs RAID 5' },
  { kind: 'answer', question: '브로커 메모리 얼마나?', notice: '질문이 길어서 앞 300자만 읽었어요' },
];
const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as never;

/** Poll until `done()` holds; fails the test (not a timing assertion) if it never does. */
async function until(done: () => boolean, what: string, limitMs = 60_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await bundled();
});

describe('answer workers', () => {
  const workers: Worker[] = [];
  const errors: KafkaBotError[] = [];
  let pool: AnswerWorkers;
  beforeAll(() => {
    pool = new AnswerWorkers(knowledge, { onWorkerStarted: (w) => workers.push(w), onError: (e) => errors.push(e), restartDelayMs: 50 });
  });
  afterAll(() => pool.close());

  it('answers every question exactly as the main thread does, from the worker', async () => {
    await until(() => pool.readyFor(knowledge) === 1, 'the worker loaded the notes');
    const before = pool.stats().viaWorker;
    const replies = await Promise.all(QUESTIONS.map((q) => pool.answer(knowledge, q)));
    expect(pool.stats().viaWorker - before).toBe(QUESTIONS.length);
    expect(replies).toEqual(QUESTIONS.map((q) => composeRequest(knowledge, q)));
    expect(new Set(replies.map((r) => r.kind)).size).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });

  it('a worker killed during a burst: every question is still answered, the failure is reported, a new worker takes over', async () => {
    await until(() => pool.readyFor(knowledge) === 1, 'the worker loaded the notes');
    const burst = Promise.all(QUESTIONS.map((q) => pool.answer(knowledge, q)));
    const inThreadBefore = pool.stats().inThread;
    await workers[0]!.terminate();
    expect(await burst).toEqual(QUESTIONS.map((q) => composeRequest(knowledge, q)));
    expect(pool.stats().inThread).toBeGreaterThan(inThreadBefore);
    expect(errors.map((e) => e.code)).toContain('ANSWER_WORKER_FAILED');
    expect(errors[0]!.message).toMatch(/exited/);
    await until(() => workers.length === 2 && pool.readyFor(knowledge) === 1, 'a restarted worker loaded the notes');
    const via = pool.stats().viaWorker;
    expect(await pool.answer(knowledge, QUESTIONS[0]!)).toEqual(composeRequest(knowledge, QUESTIONS[0]!));
    expect(pool.stats().viaWorker).toBe(via + 1);
  });

  it('close() stops the thread, and a question after it is answered in this thread', async () => {
    const exited = new Promise<number>((resolve) => workers.at(-1)!.once('exit', resolve));
    await pool.close();
    await exited;
    const inThread = pool.stats().inThread;
    expect(await pool.answer(knowledge, QUESTIONS[1]!)).toEqual(composeRequest(knowledge, QUESTIONS[1]!));
    expect(pool.stats().inThread).toBe(inThread + 1);
  });
});

describe('answer workers around the runtime', () => {
  it('a reload reaches the worker: a section added to a note is answered from the worker, and the next start is warm', async () => {
    const dir = await tempKnowledge({}, true);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kafka-bot-workers-'));
    const runtime = await createRuntime(loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: dataDir }), { storeKind: 'memory', answerWorkers: 1 });
    try {
      const pool = runtime.answerWorkers!;
      await until(() => pool.readyFor(runtime.knowledge.current) === 1, 'the worker loaded the notes');
      const question = '펭귄 브로커 점검 주기';
      await appendFile(
        path.join(dir, 'kafka-cluster-operations.md'),
        '\n\n## 펭귄 브로커 점검\n\n- 점검 주기: 펭귄 브로커는 매주 화요일에 점검한다.\n',
      );
      expect(await reloadKnowledge(runtime.knowledge, dir, { logger: silent })).toBe(true);
      await until(() => pool.readyFor(runtime.knowledge.current) === 1, 'the worker loaded the reloaded notes');
      const via = pool.stats().viaWorker;
      const reply = await runtime.assistant.handle({ platform: 'console', userId: 'console:me', text: question });
      expect(pool.stats().viaWorker).toBe(via + 1);
      expect(reply.text).toContain('매주 화요일');
      expect(reply).toEqual(composeRequest(runtime.knowledge.current, { kind: 'answer', question }));
      // The worker loaded the changed notes cold and wrote their snapshot: a restart now starts from it.
      const next = await loadKnowledge(dir, { snapshotDir: dataDir });
      expect(next.snapshot).toMatchObject({ used: true });
      expect(next.chunks).toEqual(runtime.knowledge.current.chunks);
    } finally {
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a worker that cannot load the notes is reported and every question is answered in this thread', async () => {
    const errors: KafkaBotError[] = [];
    const elsewhere: Knowledge = { ...knowledge, dir: path.join(knowledge.dir, 'no-such-folder') };
    const pool = new AnswerWorkers(elsewhere, { onError: (e) => errors.push(e) });
    try {
      await until(() => errors.length > 0, 'the load failure was reported');
      expect(errors[0]!.code).toBe('ANSWER_WORKER_FAILED');
      expect(errors[0]!.message).toMatch(/could not load/);
      expect(await pool.answer(elsewhere, QUESTIONS[2]!)).toEqual(composeRequest(knowledge, QUESTIONS[2]!));
      expect(pool.stats()).toMatchObject({ viaWorker: 0, inThread: 1 });
    } finally {
      await pool.close();
    }
  });
});
