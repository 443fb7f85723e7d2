// The Redis store against the shared contract on a real redis-server (each test under its own key
// prefix, a second connection as the racing peer), plus key layout, TTLs and connection failures.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../bench/redis-server.js';
import { RedisStore } from '../../src/store/redis.js';
import { redisAvailable, useRedisServer } from '../helpers/redis-server.js';
import { describeStoreContract } from './contract.js';
import { answerFor, makeSession } from './fixtures.js';

const prefixes = new WeakMap<object, string>();

describe.skipIf(!redisAvailable)('RedisStore (real redis-server)', () => {
  const url = useRedisServer();

  describeStoreContract('RedisStore', {
    async make(options) {
      const prefix = `test-${randomUUID()}:`;
      const store = new RedisStore({ ...options, url: url(), prefix });
      prefixes.set(store, prefix);
      await store.init();
      return store;
    },
    async peer(first, options) {
      const store = new RedisStore({ ...options, url: url(), prefix: prefixes.get(first) });
      await store.init();
      return store;
    },
  });

  it('keeps every key under the prefix; live sessions have a TTL, history has none', async () => {
    const prefix = `layout-${randomUUID()}:`;
    const db = `${url()}/3`; // a database of its own, so every key in it is this test's
    const store = new RedisStore({ url: db, prefix, sessionTtlMs: 600_000 });
    const raw = new Redis(db);
    try {
      await store.init();
      const open = makeSession('open', 'slack:U1', ['a', 'b'], Date.now());
      const done = makeSession('done', 'slack:U1', ['a'], Date.now());
      await store.createSession(open);
      await store.createSession(done);
      await store.recordAnswer(answerFor(open, 0, true));
      await store.recordAnswer(answerFor(done, 0, false));
      await store.claim('evt', 60_000);
      await store.recordFeedback({ userId: 'slack:U1', platform: 'slack', question: 'q', ref: '', vote: 'down', at: 1 });
      const keys = await raw.keys('*');
      expect(keys.length).toBeGreaterThan(5);
      expect(keys.filter((k) => !k.startsWith(prefix))).toEqual([]);
      const liveTtl = await raw.pttl(`${prefix}live:open`);
      expect(liveTtl).toBeGreaterThan(0);
      expect(liveTtl).toBeLessThanOrEqual(600_000);
      expect(await raw.exists(`${prefix}live:done`)).toBe(0);
      for (const durable of [`${prefix}session:open`, `${prefix}session:done`, `${prefix}answers:done`, `${prefix}leaderboard`]) {
        expect(await raw.pttl(durable), durable).toBe(-1);
      }
      expect(await raw.pttl(`${prefix}claim:evt`)).toBeGreaterThan(0);
    } finally {
      raw.disconnect();
      await store.close();
    }
  });

  it('a session whose live key expired in Redis is gone, but its history stays', async () => {
    const prefix = `ttl-${randomUUID()}:`;
    const store = new RedisStore({ url: url(), prefix, sessionTtlMs: 60_000 });
    const raw = new Redis(url());
    try {
      await store.init();
      const s = makeSession('s1', 'u1', ['a', 'b'], Date.now());
      await store.createSession(s);
      await store.recordAnswer(answerFor(s, 0, true));
      await raw.del(`${prefix}live:s1`); // what Redis does when the TTL runs out
      expect(await store.getSession('s1')).toBeUndefined();
      expect(await store.getActiveSession('u1')).toBeUndefined();
      expect(await store.recordAnswer(answerFor(s, 1, true))).toEqual({ status: 'not_found' });
      expect((await store.listSessions('u1'))[0]?.answers).toHaveLength(1);
      expect(await raw.smembers(`${prefix}user:u1:open`)).toEqual([]);
    } finally {
      raw.disconnect();
      await store.close();
    }
  });

  it('rejects malformed stored JSON instead of returning it', async () => {
    const prefix = `bad-${randomUUID()}:`;
    const store = new RedisStore({ url: url(), prefix });
    const raw = new Redis(url());
    try {
      await store.init();
      await raw.rpush(`${prefix}feedback`, JSON.stringify({ userId: 'u', vote: 'sideways' }));
      await expect(store.listFeedback()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      raw.disconnect();
      await store.close();
    }
  });
});

describe('RedisStore connection failures', () => {
  it('an unreachable server is STORE_UNAVAILABLE and the password never shows', async () => {
    const port = await freePort();
    const secret = 'hunter2-s3cr3t';
    const store = new RedisStore({ url: `redis://bot:${secret}@127.0.0.1:${port}/0`, timeoutMs: 1000 });
    const error: unknown = await store.init().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const text = `${String(error)} ${JSON.stringify(error)} ${String((error as Error).cause ?? '')} ${(error as Error).stack ?? ''}`;
    expect(text).toContain(`127.0.0.1:${port}`);
    expect(text).not.toContain(secret);
    expect(await store.ping()).toBe(false);
    await store.close();
  });

  it.skipIf(!redisAvailable)('a wrong password is STORE_UNAVAILABLE without the password', async () => {
    const { startRedisServer } = await import('../../bench/redis-server.js');
    const server = await startRedisServer({ args: ['--requirepass', 'the-right-one'] });
    const secret = 'wrong-pa55word';
    const store = new RedisStore({ url: server.url.replace('redis://', `redis://default:${secret}@`), timeoutMs: 1000 });
    try {
      const error: unknown = await store.init().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(`${String(error)} ${(error as Error).stack ?? ''}`).not.toContain(secret);
    } finally {
      await store.close();
      await server.stop();
    }
  });

  it.skipIf(!redisAvailable)('a server that goes away: ping is false and calls fail with STORE_UNAVAILABLE', async () => {
    const { startRedisServer } = await import('../../bench/redis-server.js');
    const server = await startRedisServer();
    const store = new RedisStore({ url: server.url, timeoutMs: 1000 });
    try {
      await store.init();
      await store.createSession(makeSession('s1', 'u1', ['a'], Date.now()));
      expect(await store.ping()).toBe(true);
      await server.stop();
      await expect(store.getSession('s1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(await store.ping()).toBe(false);
    } finally {
      await store.close();
      await server.stop();
    }
  });
});
