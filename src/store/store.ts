// The SessionStore contract: quiz sessions, answers, Leitner progress, event dedupe, feedback and
// unanswered questions. Memory (tests), SQLite (default) and Redis (several replicas) implement it
// and share one contract test suite (test/store/contract.ts).
import type { Choice } from '../model/reply.js';
import type { QuestionLimiter } from './rate-limit.js';

/** One quiz run by one user. */
export interface QuizSession {
  id: string;
  /** Platform-qualified owner id; nobody else may answer. */
  userId: string;
  userName?: string;
  /** Item ids in the order they are asked. */
  itemIds: string[];
  /** 0-based index of the question to answer now; equals itemIds.length when finished. */
  current: number;
  mode: 'quiz' | 'review';
  topic?: string;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms of the last change (start or recorded answer); drives expiry. */
  updatedAt: number;
  /** Epoch ms, set when the last answer is recorded. */
  finishedAt?: number;
  answers: RecordedAnswer[];
}

export interface RecordedAnswer {
  index: number;
  itemId: string;
  choice: Choice;
  correct: boolean;
  /** Epoch ms. */
  at: number;
}

/** An answer to record. Recorded only if `index` is the session's current question. */
export interface AnswerInput {
  sessionId: string;
  userId: string;
  index: number;
  itemId: string;
  choice: Choice;
  correct: boolean;
  at: number;
}

/**
 * What happened to an answer:
 * - `recorded`: stored now, session advanced (finished when it was the last);
 * - `duplicate`: this index was already answered (double click, redelivery): nothing changed;
 * - `stale`: the index is ahead of/behind the current question in a way no answer exists for;
 * - `not_owner`: the session belongs to someone else; `not_found`: no such (or expired) session.
 * `session` is the state after the call (when it exists).
 */
export type AnswerOutcome =
  | { status: 'recorded' | 'duplicate' | 'stale'; session: QuizSession }
  | { status: 'not_owner'; session: QuizSession }
  | { status: 'not_found' };

/** Leitner progress of one user on one item. */
export interface ItemProgress {
  userId: string;
  itemId: string;
  /** Answers ever recorded, right and wrong. */
  seen: number;
  wrong: number;
  /** Consecutive right answers since the last miss. */
  streak: number;
  /** Epoch ms of the last answer. */
  lastAt: number;
}

export interface FeedbackRecord {
  userId: string;
  platform: string;
  question: string;
  /** Chunk id the answer came from ('' for no-answer). */
  ref: string;
  vote: 'up' | 'down';
  at: number;
}

export interface UnansweredRecord {
  userId: string;
  platform: string;
  question: string;
  at: number;
}

export interface LeaderboardRow {
  userId: string;
  userName?: string;
  answered: number;
  correct: number;
  sessions: number;
}

/** One stored document: a JSON string under a key, in a named collection. */
export interface StoredDoc {
  key: string;
  value: string;
}

/**
 * Leases (which replica runs a scheduled job) and small JSON documents (onboarding state: daily
 * quiz channels and posts, welcomes, path progress, nudges). Part of every SessionStore.
 */
export interface LeaseAndDocStore {
  /**
   * Hold the lease `key` for `ttlMs` (by the store's clock): true when it was free or expired, or
   * is already held by `owner` (then it is renewed); false while another owner holds it.
   */
  lease(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Give the lease up early; nothing happens unless `owner` holds it. */
  releaseLease(key: string, owner: string): Promise<void>;
  /** Write a document; with `onlyIfAbsent` only when the key is new. True when written. Atomic. */
  putDoc(collection: string, key: string, value: string, options?: { onlyIfAbsent?: boolean }): Promise<boolean>;
  getDoc(collection: string, key: string): Promise<string | undefined>;
  /** Every document of the collection, in key order. */
  listDocs(collection: string): Promise<StoredDoc[]>;
}

export interface SessionStore extends LeaseAndDocStore {
  /** Create tables / check the connection. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** True when the backing store answers (readiness). */
  ping(): Promise<boolean>;
  /**
   * A question limit shared by every process on this store (Redis). Absent: the store is one
   * process's own, and the assistant counts in memory (store/rate-limit.ts).
   */
  sharedLimiter?(perMinute: number): QuestionLimiter;

  /** Store a new session; it becomes the user's active one (an older unfinished one is left as abandoned). */
  createSession(session: QuizSession): Promise<void>;
  /** A session by id, finished or not; undefined when unknown or expired. */
  getSession(id: string): Promise<QuizSession | undefined>;
  /** The user's newest unfinished, unexpired session. */
  getActiveSession(userId: string): Promise<QuizSession | undefined>;
  /** Atomically record an answer at most once and update the user's item progress with it. */
  recordAnswer(input: AnswerInput): Promise<AnswerOutcome>;
  /** Every session the user ever had (history survives expiry), newest first. */
  listSessions(userId: string): Promise<QuizSession[]>;
  listProgress(userId: string): Promise<ItemProgress[]>;
  leaderboard(limit: number): Promise<LeaderboardRow[]>;
  /** Items missed most across all users, most first: [itemId, misses, lastAt]. */
  mostMissed(limit: number): Promise<Array<{ itemId: string; misses: number; lastAt: number }>>;

  /** Set `key` if absent; true for the first caller only (event/activity dedupe across replicas). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Whether `key` was claimed/remembered and has not expired. */
  has(key: string): Promise<boolean>;
  /** Forget a claim now (the work it guarded failed and may be tried again); unknown keys are ignored. */
  release(key: string): Promise<void>;

  recordFeedback(record: FeedbackRecord): Promise<void>;
  listFeedback(): Promise<FeedbackRecord[]>;
  recordUnanswered(record: UnansweredRecord): Promise<void>;
  listUnanswered(): Promise<UnansweredRecord[]>;
}

/** Options every implementation accepts. */
export interface StoreOptions {
  /** Unfinished sessions untouched for this long are expired (history kept). Default 24 h. */
  sessionTtlMs?: number;
  /** Clock, for tests. Default Date.now. */
  now?: () => number;
}
