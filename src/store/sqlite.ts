// The default SessionStore: one SQLite file (WAL, busy timeout) that several processes may share.
// Answers are recorded in one IMMEDIATE transaction, so a redelivered or double-clicked answer is
// stored once even when two instances race on the same file.
import { DocsDelegate } from './docs-delegate.js';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { KafkaBotError } from '../model/errors.js';
import { checkNewSession } from './records.js';
import { clampLimit, isExpired, judgeAnswer, resolveOptions, type ResolvedStoreOptions } from './rules.js';
import { openDatabase, unavailable } from './sqlite-open.js';
import { SqliteDocs } from './sqlite-docs.js';
import { SqliteRows, prepareStatements, type Statements } from './sqlite-rows.js';
import { WriteBatch } from './write-batch.js';
import type {
  AnswerInput,
  AnswerOutcome,
  FeedbackRecord,
  ItemProgress,
  LeaderboardRow,
  QuizSession,
  SessionStore,
  StoreOptions,
  UnansweredRecord,
} from './store.js';

/** SQLite store options, on top of `sessionTtlMs` (default 24 h) and `now` (default Date.now). */
export interface SqliteStoreOptions extends StoreOptions {
  /** Database file. Default `<dataDir>/kafkabot.db`; its folder is created. */
  file?: string;
  /** Folder of the default file. Default `data`. */
  dataDir?: string;
  /** How long to wait for another process's write lock before failing. Default 5000 ms. */
  busyTimeoutMs?: number;
}

/** Expired dedupe claims are deleted every this many claims. */
const PRUNE_EVERY = 1000;

export class SqliteStore extends DocsDelegate implements SessionStore {
  /** The database file this store opens. */
  readonly file: string;
  private readonly options: ResolvedStoreOptions;
  private readonly busyTimeoutMs: number;
  private db?: Database.Database;
  private sql?: Statements;
  private rows?: SqliteRows;
  private claimsSincePrune = 0;
  protected readonly docStore: SqliteDocs;
  /** Claims and one-way records, committed together once per event-loop turn. */
  private readonly batch = new WriteBatch<Open>((what, work) => this.exec(what, (open) => open.db.transaction(() => work(open))()));

  constructor(options: SqliteStoreOptions = {}) {
    super();
    this.file = options.file ?? join(options.dataDir ?? 'data', 'kafkabot.db');
    this.options = resolveOptions(options);
    this.busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    this.docStore = new SqliteDocs(
      (what, run) => this.use(what, ({ db }) => run(db)),
      this.options.now,
      (what, run) => this.batch.add(what, ({ db }) => run(db)),
    );
  }

  async init(): Promise<void> {
    if (this.db) return;
    let db: Database.Database | undefined;
    try {
      db = openDatabase(this.file, this.busyTimeoutMs);
      this.sql = prepareStatements(db);
      this.rows = new SqliteRows(this.sql);
      this.db = db;
      this.sql.pruneClaims.run(this.options.now());
    } catch (error) {
      db?.close();
      this.db = undefined;
      throw unavailable(`cannot open SQLite store ${this.file}`, error);
    }
  }

  async close(): Promise<void> {
    if (this.db) this.batch.flush();
    this.db?.close();
    this.db = undefined;
  }

  async ping(): Promise<boolean> {
    try {
      return this.db?.prepare('SELECT 1 AS ok').pluck().get() === 1;
    } catch {
      return false;
    }
  }

  async createSession(session: QuizSession): Promise<void> {
    checkNewSession(session);
    this.use('create a quiz session', ({ sql }) => {
      const inserted = sql.insertSession.run({
        id: session.id,
        userId: session.userId,
        userName: session.userName ?? null,
        itemIds: JSON.stringify(session.itemIds),
        mode: session.mode,
        topic: session.topic ?? null,
        startedAt: session.startedAt,
        updatedAt: session.updatedAt,
      });
      if (inserted.changes !== 1) throw new KafkaBotError('BAD_INPUT', `quiz session ${session.id} already exists`);
    });
  }

  async getSession(id: string): Promise<QuizSession | undefined> {
    const session = this.use('read a quiz session', ({ rows }) => rows.session(id));
    return session && !isExpired(session, this.options.now(), this.options.sessionTtlMs) ? session : undefined;
  }

  async getActiveSession(userId: string): Promise<QuizSession | undefined> {
    return this.use('read the active quiz session', ({ sql, rows }) => {
      const id = sql.activeSessionId.pluck().get(userId, this.options.now() - this.options.sessionTtlMs);
      return typeof id === 'string' ? rows.session(id) : undefined;
    });
  }

  async recordAnswer(input: AnswerInput): Promise<AnswerOutcome> {
    return this.use('record a quiz answer', ({ db, sql, rows }) =>
      db
        .transaction((): AnswerOutcome => {
          const now = this.options.now();
          const before = rows.session(input.sessionId);
          const verdict = judgeAnswer(before, input, now, this.options.sessionTtlMs);
          if (verdict === 'not_found' || !before) return { status: 'not_found' };
          if (verdict !== 'record') return { status: verdict, session: before };
          const { sessionId, index, itemId, choice, userId, at } = input;
          sql.insertAnswer.run({ sessionId, index, itemId, choice, correct: input.correct ? 1 : 0, at });
          const finishedAt = before.current + 1 === before.itemIds.length ? now : null;
          sql.advanceSession.run({ id: sessionId, current: before.current, now, finishedAt });
          sql.upsertProgress.run({ userId, itemId, wrong: input.correct ? 0 : 1, at });
          const after = rows.session(sessionId);
          if (!after) throw new KafkaBotError('INTERNAL', `quiz session ${sessionId} vanished while recording`);
          return { status: 'recorded', session: after };
        })
        // IMMEDIATE takes the write lock before reading, so racing processes serialise here.
        .immediate(),
    );
  }

  async listSessions(userId: string): Promise<QuizSession[]> {
    return this.use('list quiz sessions', ({ rows }) => rows.sessionsOf(userId));
  }

  async listProgress(userId: string): Promise<ItemProgress[]> {
    return this.use('list quiz progress', ({ rows }) => rows.progressOf(userId));
  }

  async leaderboard(limit: number): Promise<LeaderboardRow[]> {
    return this.use('read the leaderboard', ({ rows }) => rows.leaderboard(clampLimit(limit)));
  }

  async mostMissed(limit: number): Promise<Array<{ itemId: string; misses: number; lastAt: number }>> {
    return this.use('read the most missed items', ({ rows }) => rows.mostMissed(clampLimit(limit)));
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    return this.batch.add('claim a dedupe key', ({ sql }) => {
      const now = this.options.now();
      if (++this.claimsSincePrune >= PRUNE_EVERY) {
        this.claimsSincePrune = 0;
        sql.pruneClaims.run(now);
      }
      return sql.claim.run({ key, expiresAt: now + ttlMs, now }).changes === 1;
    });
  }

  async has(key: string): Promise<boolean> {
    return this.use('read a dedupe key', ({ sql }) => sql.hasClaim.pluck().get(key, this.options.now()) !== undefined);
  }

  async release(key: string): Promise<void> {
    await this.batch.add('release a dedupe key', ({ sql }) => sql.releaseClaim.run(key));
  }

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    const { userId, platform, question, ref, vote, at } = record;
    await this.batch.add('record feedback', ({ sql }) => sql.insertFeedback.run({ userId, platform, question, ref, vote, at }));
  }

  async listFeedback(): Promise<FeedbackRecord[]> {
    return this.use('list feedback', ({ rows }) => rows.feedback());
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    const { userId, platform, question, at } = record;
    await this.batch.add('record an unanswered question', ({ sql }) => sql.insertUnanswered.run({ userId, platform, question, at }));
  }

  async listUnanswered(): Promise<UnansweredRecord[]> {
    return this.use('list unanswered questions', ({ rows }) => rows.unanswered());
  }

  /** Run a database call on the open store, after the writes waiting in the batch (so it sees them). */
  private use<T>(what: string, run: (open: Open) => T): T {
    this.batch.flush();
    return this.exec(what, run);
  }

  /** SQLite failures (busy, I/O, closed) become STORE_UNAVAILABLE. */
  private exec<T>(what: string, run: (open: Open) => T): T {
    const { db, sql, rows } = this;
    if (!db || !sql || !rows) throw new KafkaBotError('STORE_UNAVAILABLE', `SQLite store ${this.file} is not open (call init first)`);
    try {
      return run({ db, sql, rows });
    } catch (error) {
      throw unavailable(`SQLite store ${this.file}: cannot ${what}`, error);
    }
  }
}

type Open = { db: Database.Database; sql: Statements; rows: SqliteRows };
