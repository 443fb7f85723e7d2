// The store-independent rules every SessionStore applies: when a session is expired, which outcome
// an answer gets, how Leitner progress moves, and how leaderboard/most-missed rows are ordered.
// Memory and SQLite call these directly; the Redis Lua script mirrors them (src/store/redis-scripts.ts).
import type { AnswerInput, ItemProgress, LeaderboardRow, QuizSession, StoreOptions } from './store.js';

/** Default lifetime of an unfinished, untouched session: 24 h. */
export const DEFAULT_SESSION_TTL_MS = 24 * 3_600_000;

/** Options resolved to their defaults. */
export interface ResolvedStoreOptions {
  sessionTtlMs: number;
  now: () => number;
}

export function resolveOptions(options: StoreOptions = {}): ResolvedStoreOptions {
  return { sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS, now: options.now ?? Date.now };
}

/** Unfinished and untouched for longer than the TTL. Finished sessions never expire. */
export function isExpired(session: Pick<QuizSession, 'finishedAt' | 'updatedAt'>, now: number, ttlMs: number): boolean {
  return session.finishedAt === undefined && now - session.updatedAt > ttlMs;
}

/** What to do with an answer: an outcome status, or 'record' when it must be stored now. */
export type Verdict = 'record' | 'duplicate' | 'stale' | 'not_owner' | 'not_found';

/**
 * Judge `input` against the (possibly missing) session. Order: missing/expired → not_found,
 * other user → not_owner, an already answered index → duplicate, anything but the current
 * question (ahead, out of range, not an integer, or naming another item) → stale.
 */
export function judgeAnswer(session: QuizSession | undefined, input: AnswerInput, now: number, ttlMs: number): Verdict {
  if (!session || isExpired(session, now, ttlMs)) return 'not_found';
  if (session.userId !== input.userId) return 'not_owner';
  const { index } = input;
  if (!Number.isInteger(index) || index < 0) return 'stale';
  if (index < session.current) return 'duplicate';
  if (index > session.current || index >= session.itemIds.length) return 'stale';
  if (session.itemIds[index] !== input.itemId) return 'stale';
  return 'record';
}

/** Progress after one more answer: right → streak+1; wrong → streak 0, wrong+1. */
export function nextProgress(
  previous: ItemProgress | undefined,
  input: Pick<AnswerInput, 'userId' | 'itemId' | 'correct' | 'at'>,
): ItemProgress {
  const base = previous ?? { userId: input.userId, itemId: input.itemId, seen: 0, wrong: 0, streak: 0, lastAt: 0 };
  return {
    userId: input.userId,
    itemId: input.itemId,
    seen: base.seen + 1,
    wrong: base.wrong + (input.correct ? 0 : 1),
    streak: input.correct ? base.streak + 1 : 0,
    lastAt: input.at,
  };
}

/** Leaderboard order: most correct first, then fewer answers (better accuracy), then user id. */
export function compareLeaderboard(a: LeaderboardRow, b: LeaderboardRow): number {
  return b.correct - a.correct || a.answered - b.answered || compareText(a.userId, b.userId);
}

/** Most-missed order: most misses first, then most recent miss, then item id. */
export function compareMissed(
  a: { itemId: string; misses: number; lastAt: number },
  b: { itemId: string; misses: number; lastAt: number },
): number {
  return b.misses - a.misses || b.lastAt - a.lastAt || compareText(a.itemId, b.itemId);
}

/** Session history order: newest start first; for equal starts, the later created first. */
export function compareNewestFirst(a: { startedAt: number; seq: number }, b: { startedAt: number; seq: number }): number {
  return b.startedAt - a.startedAt || b.seq - a.seq;
}

/** Code-unit order (what SQLite's BINARY collation does), not locale order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A non-negative whole limit; anything else lists nothing. */
export function clampLimit(limit: number): number {
  return Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : 0;
}
