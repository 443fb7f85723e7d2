// The SQLite schema as an ordered list of migrations, tracked with PRAGMA user_version, so an
// existing data file is upgraded in place on start and never rebuilt. Append; never edit a step.
import type Database from 'better-sqlite3';
import { KafkaBotError } from '../model/errors.js';

/** Migration N (1-based) brings the file from user_version N-1 to N. */
export const MIGRATIONS: readonly string[] = [
  // 1: sessions, answers, Leitner progress, dedupe claims, feedback, unanswered questions.
  `
  CREATE TABLE sessions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    user_name TEXT,
    item_ids TEXT NOT NULL,
    current INTEGER NOT NULL,
    mode TEXT NOT NULL,
    topic TEXT,
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER
  );
  CREATE INDEX sessions_by_user ON sessions (user_id, started_at);
  CREATE TABLE answers (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    idx INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    choice TEXT NOT NULL CHECK (choice IN ('O', 'X')),
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    at INTEGER NOT NULL,
    PRIMARY KEY (session_id, idx)
  );
  CREATE TABLE progress (
    user_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    seen INTEGER NOT NULL,
    wrong INTEGER NOT NULL,
    streak INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, item_id)
  );
  CREATE TABLE claims (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    question TEXT NOT NULL,
    ref TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    at INTEGER NOT NULL
  );
  CREATE TABLE unanswered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    question TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  `,
  // 2: indexes for most-missed (answers by item) and pruning expired claims.
  `
  CREATE INDEX answers_missed ON answers (item_id) WHERE correct = 0;
  CREATE INDEX claims_by_expiry ON claims (expires_at);
  `,
  // 3: leases (which replica runs a scheduled job) and onboarding documents.
  `
  CREATE TABLE leases (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL);
  CREATE TABLE docs (collection TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (collection, key));
  `,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Bring `db` up to SCHEMA_VERSION. Each step runs in its own IMMEDIATE transaction that re-reads
 * the version, so two processes starting on the same file migrate it once. Refuses a file written
 * by a newer version of the bot.
 */
export function migrate(db: Database.Database, file: string): void {
  for (;;) {
    const done = db
      .transaction(() => {
        const version = db.pragma('user_version', { simple: true });
        if (typeof version !== 'number') throw new KafkaBotError('STORE_UNAVAILABLE', `${file}: unreadable schema version`);
        if (version > SCHEMA_VERSION) {
          throw new KafkaBotError(
            'STORE_UNAVAILABLE',
            `${file}: schema version ${version} is newer than this bot understands (${SCHEMA_VERSION})`,
          );
        }
        const step = MIGRATIONS[version];
        if (step === undefined) return true;
        db.exec(step);
        db.pragma(`user_version = ${version + 1}`);
        return false;
      })
      .immediate();
    if (done) return;
  }
}
