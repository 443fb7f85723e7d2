// Opening the SQLite file: its folder, the pragmas every process sharing it uses, the schema
// migration; and how a SQLite failure is reported (STORE_UNAVAILABLE, naming what was being done).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { KafkaBotError, isKafkaBotError } from '../model/errors.js';
import { migrate } from './sqlite-schema.js';

/** Open `file` (creating its folder), set WAL and the busy timeout, and bring the schema up to date. */
export function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a commit survives the process being killed (the durability test proves it);
    // only an OS crash or power loss may drop the last commits. FULL would fsync every click.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function unavailable(message: string, error: unknown): KafkaBotError {
  if (isKafkaBotError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new KafkaBotError('STORE_UNAVAILABLE', `${message}: ${reason}`, { cause: error });
}
