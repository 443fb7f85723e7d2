// Leases and documents kept in process memory (the memory store's half of LeaseAndDocStore).
// JavaScript runs one call at a time, so every method is atomic without locks.
import { compareText } from './rules.js';
import type { LeaseAndDocStore, StoredDoc } from './store.js';

export class MemoryDocs implements LeaseAndDocStore {
  private readonly leases = new Map<string, { owner: string; expiresAt: number }>();
  private readonly docs = new Map<string, Map<string, string>>();

  /** `now`: the store's clock. */
  constructor(private readonly now: () => number) {}

  async lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const held = this.leases.get(key);
    const now = this.now();
    if (held && held.expiresAt > now && held.owner !== owner) return false;
    this.leases.set(key, { owner, expiresAt: now + ttlMs });
    return true;
  }

  async releaseLease(key: string, owner: string): Promise<void> {
    if (this.leases.get(key)?.owner === owner) this.leases.delete(key);
  }

  async putDoc(collection: string, key: string, value: string, options: { onlyIfAbsent?: boolean } = {}): Promise<boolean> {
    const docs = this.docs.get(collection) ?? new Map<string, string>();
    this.docs.set(collection, docs);
    if (options.onlyIfAbsent && docs.has(key)) return false;
    docs.set(key, value);
    return true;
  }

  async getDoc(collection: string, key: string): Promise<string | undefined> {
    return this.docs.get(collection)?.get(key);
  }

  async listDocs(collection: string): Promise<StoredDoc[]> {
    return [...(this.docs.get(collection) ?? new Map<string, string>())]
      .map(([key, value]) => ({ key, value }))
      .sort((a, b) => compareText(a.key, b.key));
  }
}
