// The SQLite store against the shared contract (each test on its own temp file, a second
// SqliteStore instance on the same file as the racing peer), plus file-level behaviour: default
// path, reopening keeps data, migrations, WAL, and unusable files.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, MIGRATIONS } from '../../src/store/sqlite-schema.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { describeStoreContract } from './contract.js';
import { answerFor, makeSession } from './fixtures.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kafkabot-sqlite-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describeStoreContract('SqliteStore', {
  async make(options) {
    const store = new SqliteStore({ ...options, file: join(await tempDir(), 'kafkabot.db') });
    await store.init();
    return store;
  },
  async peer(first, options) {
    const store = new SqliteStore({ ...options, file: (first as SqliteStore).file });
    await store.init();
    return store;
  },
});

describe('SqliteStore file handling', () => {
  it('defaults to <dataDir>/kafkabot.db, creating the folder, in WAL mode', async () => {
    const dataDir = join(await tempDir(), 'nested', 'data');
    const store = new SqliteStore({ dataDir });
    await store.init();
    await store.close();
    expect(store.file).toBe(join(dataDir, 'kafkabot.db'));
    const db = new Database(store.file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('reopening an existing file keeps sessions, answers, progress, claims and feedback', async () => {
    const file = join(await tempDir(), 'kafkabot.db');
    const first = new SqliteStore({ file });
    await first.init();
    const s = makeSession('s1', 'u1', ['a', 'b'], Date.now());
    await first.createSession(s);
    await first.recordAnswer(answerFor(s, 0, false));
    await first.claim('evt', 3_600_000);
    await first.recordFeedback({ userId: 'u1', platform: 'slack', question: 'q', ref: 'r', vote: 'up', at: 1 });
    await first.close();

    const second = new SqliteStore({ file });
    await second.init();
    await second.init();
    expect(await second.getSession('s1')).toMatchObject({ current: 1, answers: [{ itemId: 'a', correct: false }] });
    expect(await second.listProgress('u1')).toMatchObject([{ itemId: 'a', seen: 1, wrong: 1, streak: 0 }]);
    expect(await second.claim('evt', 1000)).toBe(false);
    expect(await second.listFeedback()).toHaveLength(1);
    expect((await second.recordAnswer(answerFor(s, 1, true))).status).toBe('recorded');
    await second.close();
  });

  it('migrates a file left at an older schema version without losing rows', async () => {
    const file = join(await tempDir(), 'kafkabot.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO unanswered (user_id, platform, question, at) VALUES ('u1', 'cli', 'old question', 5)`).run();
    old.close();

    const store = new SqliteStore({ file });
    await store.init();
    expect(await store.listUnanswered()).toEqual([{ userId: 'u1', platform: 'cli', question: 'old question', at: 5 }]);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'answers_missed'`).all();
    expect(indexes).toHaveLength(1);
    db.close();
  });

  it('refuses a file from a newer schema and a file that is not a database', async () => {
    const dir = await tempDir();
    const newer = new Database(join(dir, 'newer.db'));
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    await expect(new SqliteStore({ file: join(dir, 'newer.db') }).init()).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('newer'),
    });
    await writeFile(join(dir, 'junk.db'), 'this is not sqlite, just text padded out. '.repeat(40));
    await expect(new SqliteStore({ file: join(dir, 'junk.db') }).init()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('methods before init and after close fail with STORE_UNAVAILABLE; ping says false', async () => {
    const store = new SqliteStore({ file: join(await tempDir(), 'x.db') });
    await expect(store.getSession('s')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
    await store.init();
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(await store.ping()).toBe(false);
  });
});

describe('SqliteStore write batching', () => {
  it('claims and documents made in one turn commit together, and are seen by a read at once and after reopening', async () => {
    const file = join(await tempDir(), 'batch.db');
    const store = new SqliteStore({ file });
    await store.init();
    const pending = [store.claim('a', 60_000), store.claim('a', 60_000), store.claim('b', 60_000), store.putDoc('opened:u1', 'RAID', '1')];
    // A read made before the turn ends commits what is waiting first, so it sees those writes.
    expect(await store.has('a')).toBe(true);
    expect(await Promise.all(pending)).toEqual([true, false, true, true]);
    expect(await store.getDoc('opened:u1', 'RAID')).toBe('1');
    await store.close();
    const again = new SqliteStore({ file });
    await again.init();
    expect(await again.has('b')).toBe(true);
    expect(await again.listDocs('opened:u1')).toEqual([{ key: 'RAID', value: '1' }]);
    await again.close();
  });

  it('a batch that cannot commit (the file locked past the busy timeout) fails each of its writes with STORE_UNAVAILABLE', async () => {
    const file = join(await tempDir(), 'locked.db');
    const store = new SqliteStore({ file, busyTimeoutMs: 50 });
    await store.init();
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const results = await Promise.allSettled([store.claim('x', 60_000), store.putDoc('c', 'k', 'v'), store.recordUnanswered(unanswered)]);
      for (const r of results) expect(r).toMatchObject({ status: 'rejected', reason: { code: 'STORE_UNAVAILABLE' } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Nothing of the failed batch was kept, and the store works again once the lock is gone.
    expect(await store.has('x')).toBe(false);
    expect(await store.claim('x', 60_000)).toBe(true);
    await store.close();
  });
});

const unanswered = { userId: 'u', platform: 'slack', question: '없는 질문', at: 1 };
