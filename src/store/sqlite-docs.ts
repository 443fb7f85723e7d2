// Leases and documents on the SQLite file (a row per lease, a row per document). A lease is taken
// with one INSERT … ON CONFLICT … WHERE (expired or same owner), so two processes on one file
// never both hold it; expiry is by the store's clock.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { checkStored } from './records.js';
import type { LeaseAndDocStore, StoredDoc } from './store.js';

const DocRows = z.array(z.object({ key: z.string(), value: z.string() }));

export class SqliteDocs implements LeaseAndDocStore {
  /** Statements prepared once per open database: preparing costs more than running them (a write per answer). */
  private readonly prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

  /**
   * `use` runs a call on the open database (mapping failures to STORE_UNAVAILABLE); `now` is the
   * store's clock; `later` runs a write in the store's next batch (default: now, through `use`).
   */
  constructor(
    private readonly use: <T>(what: string, run: (db: Database.Database) => T) => T,
    private readonly now: () => number,
    private readonly later: <T>(what: string, run: (db: Database.Database) => T) => Promise<T> = async (what, run) => use(what, run),
  ) {}

  private statement(db: Database.Database, sql: string): Database.Statement {
    let cache = this.prepared.get(db);
    if (!cache) this.prepared.set(db, (cache = new Map()));
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  async lease(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    return this.use(
      'take a lease',
      (db) =>
        this.statement(
          db,
          `INSERT INTO leases (key, owner, expires_at) VALUES (@key, @owner, @expiresAt)
          ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
          WHERE leases.expires_at <= @now OR leases.owner = @owner`,
        ).run({ key, owner, expiresAt: now + ttlMs, now }).changes === 1,
    );
  }

  async releaseLease(key: string, owner: string): Promise<void> {
    this.use('release a lease', (db) => this.statement(db, 'DELETE FROM leases WHERE key = ? AND owner = ?').run(key, owner));
  }

  async putDoc(collection: string, key: string, value: string, options: { onlyIfAbsent?: boolean } = {}): Promise<boolean> {
    const conflict = options.onlyIfAbsent ? 'DO NOTHING' : 'DO UPDATE SET value = excluded.value';
    return this.later(
      'write a document',
      (db) =>
        this.statement(db, `INSERT INTO docs (collection, key, value) VALUES (?, ?, ?) ON CONFLICT (collection, key) ${conflict}`).run(
          collection,
          key,
          value,
        ).changes === 1,
    );
  }

  async getDoc(collection: string, key: string): Promise<string | undefined> {
    const value: unknown = this.use('read a document', (db) =>
      this.statement(db, 'SELECT value FROM docs WHERE collection = ? AND key = ?').pluck().get(collection, key),
    );
    return value === undefined ? undefined : checkStored(z.string(), value, 'document');
  }

  async listDocs(collection: string): Promise<StoredDoc[]> {
    const rows: unknown = this.use('list documents', (db) =>
      this.statement(db, 'SELECT key, value FROM docs WHERE collection = ? ORDER BY key').all(collection),
    );
    return checkStored(DocRows, rows, 'documents');
  }
}
