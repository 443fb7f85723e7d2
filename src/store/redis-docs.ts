// Leases and documents on Redis. A lease is `SET key owner|expiresAt NX PX ttl`; when taken, one Lua
// script lets the same owner renew it or anyone take it over once expired by the store's clock (so
// an injected clock works like Redis's own). A collection of documents is one hash (HSETNX/HSET).
import type { Redis } from 'ioredis';
import { compareText } from './rules.js';
import type { LeaseAndDocStore, StoredDoc } from './store.js';

/** KEYS[1] lease; ARGV owner, expiresAt, pxTtl, now. 1 when the caller holds the lease now. */
const TAKE_LEASE = `
local current = redis.call('GET', KEYS[1])
if current then
  local sep = string.find(current, '|', 1, true)
  local owner = string.sub(current, 1, sep - 1)
  local expires = tonumber(string.sub(current, sep + 1))
  if owner ~= ARGV[1] and expires > tonumber(ARGV[4]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'PX', ARGV[3])
return 1`;

/** KEYS[1] lease; ARGV owner. Deletes it only when held by owner. */
const RELEASE_LEASE = `
local current = redis.call('GET', KEYS[1])
if current and string.sub(current, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. '|' then redis.call('DEL', KEYS[1]) end
return 1`;

export class RedisDocs implements LeaseAndDocStore {
  /** `guard` maps failures to STORE_UNAVAILABLE; `prefix` namespaces keys; `now` is the store's clock. */
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
    private readonly guard: <T>(what: string, run: () => Promise<T>) => Promise<T>,
    private readonly now: () => number,
  ) {}

  async lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    if (owner.includes('|')) throw new Error('a lease owner may not contain |');
    const now = this.now();
    const ttl = Math.max(1, Math.ceil(ttlMs));
    const k = this.leaseKey(key);
    // Redis keeps the key a little longer than the lease so a skewed injected clock still decides.
    const px = ttl + 60_000;
    const set = await this.guard('take a lease', () => this.client.set(k, `${owner}|${now + ttl}`, 'PX', px, 'NX'));
    if (set === 'OK') return true;
    const taken = await this.guard('take a lease', () =>
      this.client.eval(TAKE_LEASE, 1, k, owner, String(now + ttl), String(px), String(now)),
    );
    return taken === 1;
  }

  async releaseLease(key: string, owner: string): Promise<void> {
    await this.guard('release a lease', () => this.client.eval(RELEASE_LEASE, 1, this.leaseKey(key), owner));
  }

  async putDoc(collection: string, key: string, value: string, options: { onlyIfAbsent?: boolean } = {}): Promise<boolean> {
    const k = this.docsKey(collection);
    if (options.onlyIfAbsent) return (await this.guard('write a document', () => this.client.hsetnx(k, key, value))) === 1;
    await this.guard('write a document', () => this.client.hset(k, key, value));
    return true;
  }

  async getDoc(collection: string, key: string): Promise<string | undefined> {
    return (await this.guard('read a document', () => this.client.hget(this.docsKey(collection), key))) ?? undefined;
  }

  async listDocs(collection: string): Promise<StoredDoc[]> {
    const hash = await this.guard('list documents', () => this.client.hgetall(this.docsKey(collection)));
    return Object.entries(hash)
      .map(([key, value]) => ({ key, value }))
      .sort((a, b) => compareText(a.key, b.key));
  }

  private leaseKey(key: string): string {
    return `${this.prefix}lease:${encodeURIComponent(key)}`;
  }

  private docsKey(collection: string): string {
    return `${this.prefix}docs:${encodeURIComponent(collection)}`;
  }
}
