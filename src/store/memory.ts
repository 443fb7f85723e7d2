// In-process SessionStore for tests and the CLI: same rules as SQLite/Redis (src/store/rules.ts),
// nothing survives the process. JavaScript runs one call at a time, so each method is atomic.
import { DocsDelegate } from './docs-delegate.js';
import { KafkaBotError } from '../model/errors.js';
import { checkNewSession } from './records.js';
import { MemoryDocs } from './memory-docs.js';
import {
  clampLimit,
  compareLeaderboard,
  compareMissed,
  compareNewestFirst,
  compareText,
  isExpired,
  judgeAnswer,
  nextProgress,
  resolveOptions,
  type ResolvedStoreOptions,
} from './rules.js';
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

interface Stored {
  session: QuizSession;
  seq: number;
}

/** Memory store; options: `sessionTtlMs` (default 24 h), `now` (default Date.now). */
export class MemoryStore extends DocsDelegate implements SessionStore {
  private readonly options: ResolvedStoreOptions;
  private readonly sessions = new Map<string, Stored>();
  private readonly progress = new Map<string, ItemProgress>();
  private readonly claims = new Map<string, number>();
  private readonly feedback: FeedbackRecord[] = [];
  private readonly unanswered: UnansweredRecord[] = [];
  private seq = 0;
  protected readonly docStore: MemoryDocs;

  constructor(options: StoreOptions = {}) {
    super();
    this.options = resolveOptions(options);
    this.docStore = new MemoryDocs(this.options.now);
  }

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async ping(): Promise<boolean> {
    return true;
  }

  async createSession(session: QuizSession): Promise<void> {
    checkNewSession(session);
    if (this.sessions.has(session.id)) {
      throw new KafkaBotError('BAD_INPUT', `quiz session ${session.id} already exists`);
    }
    this.sessions.set(session.id, { session: structuredClone(session), seq: ++this.seq });
  }

  async getSession(id: string): Promise<QuizSession | undefined> {
    const stored = this.sessions.get(id);
    if (!stored || isExpired(stored.session, this.options.now(), this.options.sessionTtlMs)) return undefined;
    return structuredClone(stored.session);
  }

  async getActiveSession(userId: string): Promise<QuizSession | undefined> {
    const now = this.options.now();
    const open = this.userSessions(userId).filter(
      (s) => s.session.finishedAt === undefined && !isExpired(s.session, now, this.options.sessionTtlMs),
    );
    const newest = open[0];
    return newest ? structuredClone(newest.session) : undefined;
  }

  async recordAnswer(input: AnswerInput): Promise<AnswerOutcome> {
    const stored = this.sessions.get(input.sessionId);
    const now = this.options.now();
    const verdict = judgeAnswer(stored?.session, input, now, this.options.sessionTtlMs);
    if (verdict === 'not_found' || !stored) return { status: 'not_found' };
    const session = stored.session;
    if (verdict === 'record') {
      session.answers.push({
        index: input.index,
        itemId: input.itemId,
        choice: input.choice,
        correct: input.correct,
        at: input.at,
      });
      session.current += 1;
      session.updatedAt = now;
      if (session.current === session.itemIds.length) session.finishedAt = now;
      const key = progressKey(input.userId, input.itemId);
      this.progress.set(key, nextProgress(this.progress.get(key), input));
    }
    return { status: verdict === 'record' ? 'recorded' : verdict, session: structuredClone(session) };
  }

  async listSessions(userId: string): Promise<QuizSession[]> {
    return this.userSessions(userId).map((s) => structuredClone(s.session));
  }

  async listProgress(userId: string): Promise<ItemProgress[]> {
    return [...this.progress.values()]
      .filter((p) => p.userId === userId)
      .sort((a, b) => compareText(a.itemId, b.itemId))
      .map((p) => ({ ...p }));
  }

  async leaderboard(limit: number): Promise<LeaderboardRow[]> {
    const rows = new Map<string, LeaderboardRow>();
    for (const { session } of [...this.sessions.values()].sort((a, b) => a.seq - b.seq)) {
      const row = rows.get(session.userId) ?? { userId: session.userId, answered: 0, correct: 0, sessions: 0 };
      if (session.userName !== undefined) row.userName = session.userName;
      row.sessions += 1;
      row.answered += session.answers.length;
      row.correct += session.answers.filter((a) => a.correct).length;
      rows.set(session.userId, row);
    }
    return [...rows.values()].sort(compareLeaderboard).slice(0, clampLimit(limit));
  }

  async mostMissed(limit: number): Promise<Array<{ itemId: string; misses: number; lastAt: number }>> {
    const missed = new Map<string, { itemId: string; misses: number; lastAt: number }>();
    for (const { session } of this.sessions.values()) {
      for (const answer of session.answers) {
        if (answer.correct) continue;
        const row = missed.get(answer.itemId) ?? { itemId: answer.itemId, misses: 0, lastAt: 0 };
        row.misses += 1;
        row.lastAt = Math.max(row.lastAt, answer.at);
        missed.set(answer.itemId, row);
      }
    }
    return [...missed.values()].sort(compareMissed).slice(0, clampLimit(limit));
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.claimed(key)) return false;
    this.claims.set(key, this.options.now() + ttlMs);
    return true;
  }

  async has(key: string): Promise<boolean> {
    return this.claimed(key);
  }

  async release(key: string): Promise<void> {
    this.claims.delete(key);
  }

  /** Synchronous check, so claim() cannot interleave with another claim of the same key. */
  private claimed(key: string): boolean {
    const expiresAt = this.claims.get(key);
    if (expiresAt === undefined) return false;
    if (expiresAt > this.options.now()) return true;
    this.claims.delete(key);
    return false;
  }

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    this.feedback.push({ ...record });
  }
  async listFeedback(): Promise<FeedbackRecord[]> {
    return this.feedback.map((r) => ({ ...r }));
  }
  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    this.unanswered.push({ ...record });
  }
  async listUnanswered(): Promise<UnansweredRecord[]> {
    return this.unanswered.map((r) => ({ ...r }));
  }

  /** The user's sessions, newest first. */
  private userSessions(userId: string): Stored[] {
    return [...this.sessions.values()]
      .filter((s) => s.session.userId === userId)
      .sort((a, b) => compareNewestFirst({ startedAt: a.session.startedAt, seq: a.seq }, { startedAt: b.session.startedAt, seq: b.seq }));
  }
}

function progressKey(userId: string, itemId: string): string {
  return JSON.stringify([userId, itemId]);
}
