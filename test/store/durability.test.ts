// The SQLite store across real processes: a process killed with SIGKILL mid-quiz loses nothing it
// acknowledged, and several processes racing on every answer of one session record each once.
// The children run the real SqliteStore, compiled with tsc into a scratch folder for this file.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { makeSession } from './fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const childScript = join(root, 'test/helpers/sqlite-child.mjs');
let buildDir = '';
let dataDir = '';
let compiledStore = '';

beforeAll(async () => {
  // Inside node_modules so the compiled files resolve better-sqlite3 and zod; only the store's own
  // imports are compiled, so other in-progress files cannot break this build.
  buildDir = await mkdtemp(join(root, 'node_modules/.cache-kafkabot-store-'));
  dataDir = await mkdtemp(join(tmpdir(), 'kafkabot-durability-'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      join(root, 'src/store/sqlite.ts'),
      '--outDir',
      buildDir,
      '--rootDir',
      root,
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      '--esModuleInterop',
      '--skipLibCheck',
      '--noCheck',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  compiledStore = join(buildDir, 'src/store/sqlite.js');
}, 120_000);

afterAll(async () => {
  await Promise.all([buildDir, dataDir].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

function startChild(args: string[]): { child: ChildProcess; lines: AsyncIterator<string>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [childScript, compiledStore, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return { child, lines, exited };
}

async function nextLine(lines: AsyncIterator<string>): Promise<string> {
  const { value, done } = await lines.next();
  if (done) throw new Error('child process ended early');
  return value;
}

describe('SqliteStore across processes', () => {
  it('a quiz survives SIGKILL of the process after its third answer, and continues', async () => {
    const file = join(dataDir, 'killed.db');
    const { child, lines, exited } = startChild([file, 'quiz', 'q1', '3']);
    expect(await nextLine(lines)).toBe('recorded 1 recorded');
    expect(await nextLine(lines)).toBe('recorded 2 recorded');
    expect(await nextLine(lines)).toBe('recorded 3 recorded');
    child.kill('SIGKILL');
    await exited;
    expect(child.signalCode).toBe('SIGKILL');

    const store = new SqliteStore({ file });
    await store.init();
    try {
      const session = await store.getSession('q1');
      expect(session).toMatchObject({ current: 3, itemIds: ['a', 'b', 'c', 'd', 'e'] });
      expect(session?.finishedAt).toBeUndefined();
      expect(session?.answers).toEqual([
        { index: 0, itemId: 'a', choice: 'O', correct: true, at: 1000 },
        { index: 1, itemId: 'b', choice: 'X', correct: false, at: 1001 },
        { index: 2, itemId: 'c', choice: 'O', correct: true, at: 1002 },
      ]);
      expect((await store.getActiveSession('u1'))?.id).toBe('q1');
      expect((await store.listProgress('u1')).map((p) => [p.itemId, p.seen, p.wrong, p.streak])).toEqual([
        ['a', 1, 0, 1],
        ['b', 1, 1, 0],
        ['c', 1, 0, 1],
      ]);
      for (const [index, itemId] of [
        [3, 'd'],
        [4, 'e'],
      ] as const) {
        const outcome = await store.recordAnswer({
          sessionId: 'q1',
          userId: 'u1',
          index,
          itemId,
          choice: 'O',
          correct: true,
          at: 2000 + index,
        });
        expect(outcome.status).toBe('recorded');
      }
      const done = await store.getSession('q1');
      expect(done?.current).toBe(5);
      expect(done?.finishedAt).toBeDefined();
      expect(done?.answers).toHaveLength(5);
    } finally {
      await store.close();
    }
  });

  it('four processes racing on every answer of one session record each answer exactly once', async () => {
    const file = join(dataDir, 'race.db');
    const questions = 40;
    const itemIds = Array.from({ length: questions }, (_, i) => `item-${i % 7}`);
    const setup = new SqliteStore({ file });
    await setup.init();
    await setup.createSession(makeSession('race', 'u1', itemIds, Date.now()));
    await setup.close();

    const children = Array.from({ length: 4 }, () => startChild([file, 'race', 'race', String(questions)]));
    for (const c of children) expect(await nextLine(c.lines)).toBe('ready');
    for (const c of children) c.child.stdin!.write('go\n');
    const reports = await Promise.all(
      children.map(async (c) => JSON.parse((await nextLine(c.lines)).replace(/^done /, '')) as Record<string, number>),
    );
    expect(await Promise.all(children.map((c) => c.exited))).toEqual([0, 0, 0, 0]);

    const total = (status: string) => reports.reduce((sum, r) => sum + (r[status] ?? 0), 0);
    expect(total('recorded')).toBe(questions);
    expect(total('recorded') + total('duplicate') + total('stale')).toBe(4 * questions);

    const store = new SqliteStore({ file });
    await store.init();
    try {
      const session = await store.getSession('race');
      expect(session?.answers.map((a) => a.index)).toEqual(Array.from({ length: questions }, (_, i) => i));
      expect(session?.current).toBe(questions);
      const seen = (await store.listProgress('u1')).reduce((sum, p) => sum + p.seen, 0);
      expect(seen).toBe(questions);
      expect((await store.leaderboard(1))[0]).toMatchObject({ answered: questions, correct: questions / 2 });
    } finally {
      await store.close();
    }
  });
});
