// Key layout of the Redis store and the decoders that turn hashes/JSON read back from Redis into
// SessionStore values (checked with zod), plus URL redaction so a password never reaches a log.
import { z } from 'zod';
import { RecordedAnswerSchema, ItemIdsSchema, checkStored, parseStored } from './records.js';
import type { ItemProgress, LeaderboardRow, QuizSession } from './store.js';

/** Every key the store uses, under `prefix`. Ids are URI-encoded so no two keys can collide. */
export function redisKeys(prefix: string) {
  const id = (value: string) => encodeURIComponent(value);
  return {
    seq: `${prefix}seq`,
    session: (sessionId: string) => `${prefix}session:${id(sessionId)}`,
    answers: (sessionId: string) => `${prefix}answers:${id(sessionId)}`,
    /** Exists while the unfinished session is alive; PX = session TTL, refreshed on each answer. */
    live: (sessionId: string) => `${prefix}live:${id(sessionId)}`,
    userSessions: (userId: string) => `${prefix}user:${id(userId)}:sessions`,
    userOpen: (userId: string) => `${prefix}user:${id(userId)}:open`,
    progress: (userId: string) => `${prefix}user:${id(userId)}:progress`,
    stats: (userId: string) => `${prefix}user:${id(userId)}:stats`,
    leaderboard: `${prefix}leaderboard`,
    missed: `${prefix}missed`,
    missedAt: `${prefix}missed:at`,
    claim: (key: string) => `${prefix}claim:${id(key)}`,
    feedback: `${prefix}feedback`,
    unanswered: `${prefix}unanswered`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

const count = z.coerce.number().int().nonnegative();
const SessionHash = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string().optional(),
  itemIds: z.string(),
  current: count,
  mode: z.enum(['quiz', 'review']),
  topic: z.string().optional(),
  startedAt: z.coerce.number(),
  updatedAt: z.coerce.number(),
  finishedAt: z.coerce.number().optional(),
  seq: count,
});

/** A session with its creation sequence number (tie-breaker for "newest first"). */
export interface SequencedSession {
  session: QuizSession;
  seq: number;
}

/** Sort key of a session for compareNewestFirst. */
export function sortKey(s: SequencedSession): { startedAt: number; seq: number } {
  return { startedAt: s.session.startedAt, seq: s.seq };
}

/** An optional string as a script argument: '' when absent, '=' + value when present. */
export function optionalArg(value: string | undefined): string {
  return value === undefined ? '' : `=${value}`;
}

/** Decode a session hash and its answer list; undefined when the hash is empty (no such session). */
export function decodeSession(hash: Record<string, string>, answers: string[]): SequencedSession | undefined {
  if (Object.keys(hash).length === 0) return undefined;
  const { seq, itemIds, ...row } = checkStored(SessionHash, hash, 'quiz session');
  const session: QuizSession = {
    ...row,
    itemIds: parseStored(ItemIdsSchema, itemIds, 'quiz item ids'),
    answers: answers.map((a) => parseStored(RecordedAnswerSchema, a, 'quiz answer')),
  };
  // Absent, not undefined: a session read back equals the one written.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- three known optional keys
  for (const key of ['userName', 'topic', 'finishedAt'] as const) if (session[key] === undefined) delete session[key];
  return { session, seq };
}

const ProgressValue = z.tuple([count, count, count, z.coerce.number().finite()]);

/** Decode the "seen|wrong|streak|lastAt" values of a user's progress hash. */
export function decodeProgress(userId: string, hash: Record<string, string>): ItemProgress[] {
  return Object.entries(hash).map(([itemId, value]) => {
    const [seen, wrong, streak, lastAt] = checkStored(ProgressValue, value.split('|'), 'quiz progress');
    return { userId, itemId, seen, wrong, streak, lastAt };
  });
}

/** The leaderboard counters kept per user. */
const StatsHash = z.object({
  answered: count.default(0),
  correct: count.default(0),
  sessions: count.default(0),
  userName: z.string().optional(),
});

/** Leaderboard rows (unsorted) from the user ids and the pipelined HGETALL of their stats. */
export function decodeLeaderboard(users: string[], replies: Array<[Error | null, unknown]>): LeaderboardRow[] {
  return users.map((userId, i) => {
    const [error, hash] = replies[i] ?? [new Error('missing reply')];
    if (error) throw error;
    const { userName, ...stats } = checkStored(StatsHash, hash, 'leaderboard stats');
    return userName === undefined ? { userId, ...stats } : { userId, userName, ...stats };
  });
}

/** Most-missed rows (unsorted) from ZRANGE … WITHSCORES of misses and the last-miss hash. */
export function decodeMissed(scores: string[], lastAt: Record<string, string>): Array<{ itemId: string; misses: number; lastAt: number }> {
  const rows: Array<{ itemId: string; misses: number; lastAt: number }> = [];
  for (let i = 0; i + 1 < scores.length; i += 2) {
    const itemId = scores[i] ?? '';
    rows.push({ itemId, misses: Number(scores[i + 1]), lastAt: Number(lastAt[itemId] ?? 0) });
  }
  return rows;
}

/** `redis://user:secret@host:6379/0` → `redis://host:6379/0`: safe to log and put in errors. */
export function redactRedisUrl(url: string): string {
  if (!URL.canParse(url)) return 'the configured Redis URL';
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

/** Remove the URL's password (raw and decoded, as a whole token) from a message that may have picked it up. */
export function scrubPassword(message: string, url: string): string {
  if (!URL.canParse(url)) return message;
  const { password } = new URL(url);
  if (!password) return message;
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // keep the raw form
  }
  return [password, decoded].reduce((text, secret) => {
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.replace(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'g'), '***');
  }, message);
}
