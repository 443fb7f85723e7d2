// The SQL the SQLite store runs, prepared once, and the readers that turn rows back into the
// SessionStore types, checking every row with zod (a foreign or damaged file fails loudly).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { FeedbackSchema, ItemIdsSchema, RecordedAnswerSchema, UnansweredSchema, checkStored, parseStored } from './records.js';
import type { FeedbackRecord, ItemProgress, LeaderboardRow, QuizSession, UnansweredRecord } from './store.js';

const SESSION_COLUMNS = `id, user_id AS userId, user_name AS userName, item_ids AS itemIds, current, mode, topic,
  started_at AS startedAt, updated_at AS updatedAt, finished_at AS finishedAt`;

/** Prepare every statement of the store (after migration). */
export function prepareStatements(db: Database.Database) {
  return {
    insertSession: db.prepare(`INSERT INTO sessions (id, user_id, user_name, item_ids, current, mode, topic, started_at, updated_at)
      VALUES (@id, @userId, @userName, @itemIds, 0, @mode, @topic, @startedAt, @updatedAt) ON CONFLICT (id) DO NOTHING`),
    session: db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`),
    sessionsOf: db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = ? ORDER BY started_at DESC, seq DESC`),
    activeSessionId: db.prepare(`SELECT id FROM sessions WHERE user_id = ? AND finished_at IS NULL AND updated_at >= ?
      ORDER BY started_at DESC, seq DESC LIMIT 1`),
    answersOf: db.prepare(`SELECT idx AS "index", item_id AS itemId, choice, correct, at FROM answers WHERE session_id = ? ORDER BY idx`),
    answersOfUser: db.prepare(`SELECT a.session_id AS sessionId, a.idx AS "index", a.item_id AS itemId, a.choice, a.correct, a.at
      FROM answers a JOIN sessions s ON s.id = a.session_id WHERE s.user_id = ? ORDER BY a.idx`),
    insertAnswer: db.prepare(`INSERT INTO answers (session_id, idx, item_id, choice, correct, at)
      VALUES (@sessionId, @index, @itemId, @choice, @correct, @at)`),
    advanceSession: db.prepare(`UPDATE sessions SET current = current + 1, updated_at = @now, finished_at = @finishedAt
      WHERE id = @id AND current = @current`),
    upsertProgress: db.prepare(`INSERT INTO progress (user_id, item_id, seen, wrong, streak, last_at)
      VALUES (@userId, @itemId, 1, @wrong, 1 - @wrong, @at)
      ON CONFLICT (user_id, item_id) DO UPDATE SET seen = seen + 1, wrong = wrong + excluded.wrong,
        streak = CASE WHEN excluded.wrong = 0 THEN streak + 1 ELSE 0 END, last_at = excluded.last_at`),
    progressOf: db.prepare(`SELECT user_id AS userId, item_id AS itemId, seen, wrong, streak, last_at AS lastAt
      FROM progress WHERE user_id = ? ORDER BY item_id`),
    leaderboard: db.prepare(`SELECT u.user_id AS userId,
        (SELECT n.user_name FROM sessions n WHERE n.user_id = u.user_id AND n.user_name IS NOT NULL
        ORDER BY n.seq DESC LIMIT 1) AS userName,
        COALESCE(a.answered, 0) AS answered, COALESCE(a.correct, 0) AS correct, u.sessions
      FROM (SELECT user_id, COUNT(*) AS sessions FROM sessions GROUP BY user_id) u
      LEFT JOIN (SELECT s.user_id, COUNT(*) AS answered, SUM(a.correct) AS correct
        FROM answers a JOIN sessions s ON s.id = a.session_id GROUP BY s.user_id) a ON a.user_id = u.user_id
      ORDER BY correct DESC, answered ASC, userId ASC LIMIT ?`),
    mostMissed: db.prepare(`SELECT item_id AS itemId, COUNT(*) AS misses, MAX(at) AS lastAt FROM answers WHERE correct = 0
      GROUP BY item_id ORDER BY misses DESC, lastAt DESC, itemId ASC LIMIT ?`),
    claim: db.prepare(`INSERT INTO claims (key, expires_at) VALUES (@key, @expiresAt)
      ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= @now`),
    hasClaim: db.prepare(`SELECT 1 FROM claims WHERE key = ? AND expires_at > ?`),
    pruneClaims: db.prepare(`DELETE FROM claims WHERE expires_at <= ?`),
    releaseClaim: db.prepare(`DELETE FROM claims WHERE key = ?`),
    insertFeedback: db.prepare(`INSERT INTO feedback (user_id, platform, question, ref, vote, at)
      VALUES (@userId, @platform, @question, @ref, @vote, @at)`),
    feedback: db.prepare(`SELECT user_id AS userId, platform, question, ref, vote, at FROM feedback ORDER BY id`),
    insertUnanswered: db.prepare(`INSERT INTO unanswered (user_id, platform, question, at) VALUES (@userId, @platform, @question, @at)`),
    unanswered: db.prepare(`SELECT user_id AS userId, platform, question, at FROM unanswered ORDER BY id`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().transform((v) => v ?? undefined);
const SessionRow = z.object({
  id: z.string(),
  userId: z.string(),
  userName: nullable(z.string()),
  itemIds: z.string(),
  current: z.number().int().nonnegative(),
  mode: z.enum(['quiz', 'review']),
  topic: nullable(z.string()),
  startedAt: z.number(),
  updatedAt: z.number(),
  finishedAt: nullable(z.number()),
});
const AnswerRow = RecordedAnswerSchema.extend({ correct: z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1) });
const ProgressRow = z.object({
  userId: z.string(),
  itemId: z.string(),
  seen: z.number(),
  wrong: z.number(),
  streak: z.number(),
  lastAt: z.number(),
}) satisfies z.ZodType<ItemProgress>;
const LeaderboardRowSchema = z.object({
  userId: z.string(),
  userName: nullable(z.string()),
  answered: z.number(),
  correct: z.number(),
  sessions: z.number(),
});
const MissedRow = z.object({ itemId: z.string(), misses: z.number(), lastAt: z.number() });

/** Readers over the prepared statements, returning validated SessionStore values. */
export class SqliteRows {
  constructor(private readonly sql: Statements) {}

  session(id: string): QuizSession | undefined {
    const row = this.sql.session.get(id);
    if (row === undefined) return undefined;
    const answers = this.sql.answersOf.all(id).map((a) => checkStored(AnswerRow, a, 'quiz answer'));
    return toSession(checkStored(SessionRow, row, 'quiz session'), answers);
  }

  sessionsOf(userId: string): QuizSession[] {
    const answers = new Map<string, QuizSession['answers']>();
    for (const raw of this.sql.answersOfUser.all(userId)) {
      const { sessionId, ...answer } = checkStored(AnswerRow.extend({ sessionId: z.string() }), raw, 'quiz answer');
      answers.set(sessionId, [...(answers.get(sessionId) ?? []), answer]);
    }
    return this.sql.sessionsOf.all(userId).map((raw) => {
      const row = checkStored(SessionRow, raw, 'quiz session');
      return toSession(row, answers.get(row.id) ?? []);
    });
  }

  progressOf(userId: string): ItemProgress[] {
    return this.sql.progressOf.all(userId).map((r) => checkStored(ProgressRow, r, 'quiz progress'));
  }

  leaderboard(limit: number): LeaderboardRow[] {
    return this.sql.leaderboard.all(limit).map((r) => withoutUndefined(checkStored(LeaderboardRowSchema, r, 'leaderboard row')));
  }

  mostMissed(limit: number): Array<{ itemId: string; misses: number; lastAt: number }> {
    return this.sql.mostMissed.all(limit).map((r) => checkStored(MissedRow, r, 'most-missed row'));
  }

  feedback(): FeedbackRecord[] {
    return this.sql.feedback.all().map((r) => checkStored(FeedbackSchema, r, 'feedback'));
  }

  unanswered(): UnansweredRecord[] {
    return this.sql.unanswered.all().map((r) => checkStored(UnansweredSchema, r, 'unanswered question'));
  }
}

function toSession(row: z.infer<typeof SessionRow>, answers: QuizSession['answers']): QuizSession {
  return withoutUndefined({ ...row, itemIds: parseStored(ItemIdsSchema, row.itemIds, 'quiz item ids'), answers });
}

/** Drop keys whose value is undefined, so rows compare equal to what was stored. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
