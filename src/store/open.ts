// Picks the session store from configuration: Redis when REDIS_URL is set (several replicas share
// it), otherwise the SQLite file under DATA_DIR. The store is initialised before it is returned.
import type { Config } from '../config.js';
import { RedisStore } from './redis.js';
import { SqliteStore } from './sqlite.js';
import type { SessionStore } from './store.js';

/** Open and init the configured store; throws STORE_UNAVAILABLE when it cannot be reached. */
export async function openStore(config: Pick<Config, 'dataDir' | 'redisUrl' | 'sessionTtlMs'>): Promise<SessionStore> {
  const store: SessionStore = config.redisUrl
    ? new RedisStore({ url: config.redisUrl, sessionTtlMs: config.sessionTtlMs })
    : new SqliteStore({ dataDir: config.dataDir, sessionTtlMs: config.sessionTtlMs });
  await store.init();
  return store;
}
