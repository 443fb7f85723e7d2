// Leases and documents live in each backend's own *-docs.ts; every store hands those five calls to
// it the same way, so the handing-over is written once here and each store only names its docStore.
import type { LeaseAndDocStore, StoredDoc } from './store.js';

export abstract class DocsDelegate implements LeaseAndDocStore {
  /** The backend's lease and document store (MemoryDocs, SqliteDocs or RedisDocs). */
  protected abstract readonly docStore: LeaseAndDocStore;

  lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.docStore.lease(key, owner, ttlMs);
  }
  releaseLease(key: string, owner: string): Promise<void> {
    return this.docStore.releaseLease(key, owner);
  }
  putDoc(collection: string, key: string, value: string, options?: { onlyIfAbsent?: boolean }): Promise<boolean> {
    return this.docStore.putDoc(collection, key, value, options);
  }
  getDoc(collection: string, key: string): Promise<string | undefined> {
    return this.docStore.getDoc(collection, key);
  }
  listDocs(collection: string): Promise<StoredDoc[]> {
    return this.docStore.listDocs(collection);
  }
}
