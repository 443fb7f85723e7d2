// Picks the session store from configuration: Redis when REDIS_URL is set (several replicas share
// it), otherwise the SQLite file under DATA_DIR. The store is initialised before it is returned.
import type { SessionStore } from './store.js';

/** Which store to open; the Config (src/ops/config.ts) carries these fields. */
export interface StoreChoice {
  /** Folder of the SQLite file. */
  dataDir: string;
  /** Redis instead of SQLite when set. */
  redisUrl?: string;
  /** Unfinished quiz sessions expire after this long. */
  sessionTtlMs: number;
}

/** Open and init the configured store; throws STORE_UNAVAILABLE when it cannot be reached. */
export async function openStore(config: StoreChoice): Promise<SessionStore> {
  // Loaded on demand: a CLI answer with the memory store never pays for ioredis or SQLite.
  const store: SessionStore = config.redisUrl
    ? new (await import('./redis.js')).RedisStore({ url: config.redisUrl, sessionTtlMs: config.sessionTtlMs })
    : new (await import('./sqlite.js')).SqliteStore({ dataDir: config.dataDir, sessionTtlMs: config.sessionTtlMs });
  await store.init();
  return store;
}
