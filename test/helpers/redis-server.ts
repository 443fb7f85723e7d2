// Gives a test file a real redis-server for its suite (bench/redis-server.ts starts it). When the
// binary is missing the suite is skipped, loudly: a warning says so instead of passing silently.
import { afterAll, beforeAll } from 'vitest';
import { findRedisServer, startRedisServer, type RedisServer } from '../../bench/redis-server.js';

/** Whether redis-server is on PATH; use with `describe.skipIf(!redisAvailable)`. */
export const redisAvailable = findRedisServer() !== undefined;

if (!redisAvailable) {
  console.warn('SKIPPED: redis-server not found: Redis store tests (install the redis-server package to run them)');
}

/** Start redis-server before the file's tests and stop it after; returns a getter of its URL. */
export function useRedisServer(): () => string {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    if (redisAvailable) server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('redis-server is not running');
    return server.url;
  };
}
