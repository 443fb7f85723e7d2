// openStore picks SQLite without REDIS_URL and Redis with it, and returns the store initialised.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/redis-server.js';
import { openStore } from '../../src/store/open.js';
import { RedisStore } from '../../src/store/redis.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { redisAvailable, useRedisServer } from '../helpers/redis-server.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('openStore', () => {
  it('opens SQLite under dataDir when no Redis URL is set', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kafkabot-open-'));
    dirs.push(dataDir);
    const store = await openStore({ dataDir: join(dataDir, 'data'), sessionTtlMs: 1000 });
    try {
      expect(store).toBeInstanceOf(SqliteStore);
      expect(await store.ping()).toBe(true);
      expect(existsSync(join(dataDir, 'data', 'kafkabot.db'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('fails with STORE_UNAVAILABLE when the Redis URL does not answer', async () => {
    const url = `redis://:topsecret@127.0.0.1:${await freePort()}`;
    const error = await openStore({ dataDir: 'unused', redisUrl: url, sessionTtlMs: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(String(error)).not.toContain('topsecret');
  });

  describe.skipIf(!redisAvailable)('with redis-server', () => {
    const url = useRedisServer();
    it('opens Redis when a Redis URL is set', async () => {
      const store = await openStore({ dataDir: 'unused', redisUrl: url(), sessionTtlMs: 1000 });
      try {
        expect(store).toBeInstanceOf(RedisStore);
        expect(await store.ping()).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
});
