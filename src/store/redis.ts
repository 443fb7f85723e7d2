// SessionStore on Redis, for several bot replicas sharing state. Sessions and their history are
// durable keys; a per-session "live" key with the session TTL marks unfinished ones alive. Creation
// and answers run as Lua scripts (atomic), dedupe claims are SET NX PX.
import { DocsDelegate } from './docs-delegate.js';
import { KafkaBotError } from '../model/errors.js';
import { FeedbackSchema, UnansweredSchema, checkNewSession, checkStored, parseStored } from './records.js';
import { scriptedClient, unavailable, type Scripted } from './redis-client.js';
import { RedisDocs } from './redis-docs.js';
import { redisLimiter, type QuestionLimiter } from './rate-limit.js';
import {
  decodeLeaderboard,
  decodeMissed,
  decodeProgress,
  decodeSession,
  optionalArg,
  redisKeys,
  sortKey,
  type RedisKeys,
  type SequencedSession,
} from './redis-codec.js';
import {
  clampLimit,
  compareLeaderboard,
  compareMissed,
  compareNewestFirst,
  compareText,
  isExpired,
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

/** Redis store options, on top of `sessionTtlMs` (default 24 h) and `now` (default Date.now). */
export interface RedisStoreOptions extends StoreOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…`. Required. */
  url: string;
  /** Namespace of every key. Default `kafkabot:`. */
  prefix?: string;
  /** Give up connecting, or on a command, after this long. Default 5000 ms. */
  timeoutMs?: number;
}

const OUTCOMES = new Set(['recorded', 'duplicate', 'stale', 'not_owner', 'not_found']);

export class RedisStore extends DocsDelegate implements SessionStore {
  private readonly url: string;
  private readonly keys: RedisKeys;
  private readonly options: ResolvedStoreOptions;
  private readonly client: Scripted;
  private lastError?: Error;
  private ready = false;
  protected readonly docStore: RedisDocs;
  private readonly prefix: string;

  constructor(options: RedisStoreOptions) {
    super();
    this.url = options.url;
    this.prefix = options.prefix ?? 'kafkabot:';
    this.keys = redisKeys(this.prefix);
    this.options = resolveOptions(options);
    const timeout = options.timeoutMs ?? 5000;
    const client = scriptedClient(options.url, timeout, (error) => (this.lastError = error));
    this.client = client;
    this.docStore = new RedisDocs(client, options.prefix ?? 'kafkabot:', (what, run) => this.guard(what, run), this.options.now);
  }

  async init(): Promise<void> {
    if (this.ready) return;
    try {
      await this.client.connect();
      await this.client.ping();
      this.ready = true;
    } catch (error) {
      this.client.disconnect();
      // ioredis rejects with a bare "Connection is closed."; the error event has the reason.
      throw this.unavailable('cannot connect', this.lastError ?? error);
    }
  }

  async close(): Promise<void> {
    this.ready = false;
    if (this.client.status === 'ready') await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }

  /** False at once while not connected (reconnecting, closed) rather than waiting for a timeout. */
  async ping(): Promise<boolean> {
    if (this.client.status !== 'ready') return false;
    return (await this.client.ping().catch(() => undefined)) === 'PONG';
  }

  /** Every replica on this Redis counts questions against one limit per user. */
  sharedLimiter(perMinute: number): QuestionLimiter {
    return redisLimiter(this.client, perMinute, this.prefix);
  }

  async createSession(session: QuizSession): Promise<void> {
    checkNewSession(session);
    const k = this.keys;
    const created = await this.guard('create a quiz session', () =>
      this.client.kafkabotCreateSession(
        k.session(session.id),
        k.live(session.id),
        k.userSessions(session.userId),
        k.userOpen(session.userId),
        k.stats(session.userId),
        k.leaderboard,
        k.seq,
        session.id,
        session.userId,
        optionalArg(session.userName),
        JSON.stringify(session.itemIds),
        session.itemIds.length,
        session.mode,
        optionalArg(session.topic),
        session.startedAt,
        session.updatedAt,
        this.ttlMs(this.options.sessionTtlMs),
      ),
    );
    if (created !== 1) throw new KafkaBotError('BAD_INPUT', `quiz session ${session.id} already exists`);
  }

  async getSession(id: string): Promise<QuizSession | undefined> {
    const found = await this.read(id);
    return found && this.alive(found.session, found.live) ? found.session : undefined;
  }

  async getActiveSession(userId: string): Promise<QuizSession | undefined> {
    const ids = await this.guard('read the active quiz session', () => this.client.smembers(this.keys.userOpen(userId)));
    const open: SequencedSession[] = [];
    for (const id of ids) {
      const found = await this.read(id);
      if (!found || !found.live) await this.client.srem(this.keys.userOpen(userId), id).catch(() => 0);
      else if (found.session.finishedAt === undefined && this.alive(found.session, found.live)) open.push(found);
    }
    return open.sort((a, b) => compareNewestFirst(sortKey(a), sortKey(b)))[0]?.session;
  }

  async recordAnswer(input: AnswerInput): Promise<AnswerOutcome> {
    const k = this.keys;
    const answer = JSON.stringify({ index: input.index, itemId: input.itemId, choice: input.choice, correct: input.correct, at: input.at });
    const status = await this.guard('record a quiz answer', () =>
      this.client.kafkabotRecordAnswer(
        k.session(input.sessionId),
        k.answers(input.sessionId),
        k.live(input.sessionId),
        k.userOpen(input.userId),
        k.progress(input.userId),
        k.stats(input.userId),
        k.leaderboard,
        k.missed,
        k.missedAt,
        input.userId,
        String(input.index),
        input.itemId,
        answer,
        input.correct ? 1 : 0,
        input.at,
        this.options.now(),
        this.ttlMs(this.options.sessionTtlMs),
        input.sessionId,
      ),
    );
    if (!OUTCOMES.has(status)) throw new KafkaBotError('STORE_UNAVAILABLE', `unexpected answer outcome from Redis: ${status}`);
    if (status === 'not_found') return { status };
    const found = await this.read(input.sessionId);
    if (!found) return { status: 'not_found' };
    return { status: status as 'recorded' | 'duplicate' | 'stale' | 'not_owner', session: found.session };
  }

  async listSessions(userId: string): Promise<QuizSession[]> {
    const ids = await this.guard('list quiz sessions', () => this.client.lrange(this.keys.userSessions(userId), 0, -1));
    const sessions: SequencedSession[] = [];
    for (const id of ids) {
      const found = await this.read(id);
      if (found) sessions.push(found);
    }
    return sessions.sort((a, b) => compareNewestFirst(sortKey(a), sortKey(b))).map((s) => s.session);
  }

  async listProgress(userId: string): Promise<ItemProgress[]> {
    const hash = await this.guard('list quiz progress', () => this.client.hgetall(this.keys.progress(userId)));
    return decodeProgress(userId, hash).sort((a, b) => compareText(a.itemId, b.itemId));
  }

  async leaderboard(limit: number): Promise<LeaderboardRow[]> {
    const rows = await this.guard('read the leaderboard', async () => {
      const users = await this.client.zrange(this.keys.leaderboard, 0, -1);
      const pipeline = this.client.pipeline();
      for (const userId of users) pipeline.hgetall(this.keys.stats(userId));
      return decodeLeaderboard(users, (await pipeline.exec()) ?? []);
    });
    return rows.sort(compareLeaderboard).slice(0, clampLimit(limit));
  }

  async mostMissed(limit: number): Promise<Array<{ itemId: string; misses: number; lastAt: number }>> {
    const [scores, lastAt] = await this.guard('read the most missed items', () =>
      Promise.all([this.client.zrange(this.keys.missed, 0, -1, 'WITHSCORES'), this.client.hgetall(this.keys.missedAt)]),
    );
    return decodeMissed(scores, lastAt).sort(compareMissed).slice(0, clampLimit(limit));
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const set = await this.guard('claim a dedupe key', () => this.client.set(this.keys.claim(key), '1', 'PX', this.ttlMs(ttlMs), 'NX'));
    return set === 'OK';
  }

  async has(key: string): Promise<boolean> {
    return (await this.guard('read a dedupe key', () => this.client.exists(this.keys.claim(key)))) === 1;
  }

  async release(key: string): Promise<void> {
    await this.guard('release a dedupe key', () => this.client.del(this.keys.claim(key)));
  }

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    await this.guard('record feedback', () =>
      this.client.rpush(this.keys.feedback, JSON.stringify(checkStored(FeedbackSchema, record, 'feedback'))),
    );
  }

  async listFeedback(): Promise<FeedbackRecord[]> {
    const items = await this.guard('list feedback', () => this.client.lrange(this.keys.feedback, 0, -1));
    return items.map((item) => parseStored(FeedbackSchema, item, 'feedback'));
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    await this.guard('record an unanswered question', () =>
      this.client.rpush(this.keys.unanswered, JSON.stringify(checkStored(UnansweredSchema, record, 'unanswered question'))),
    );
  }

  async listUnanswered(): Promise<UnansweredRecord[]> {
    const items = await this.guard('list unanswered questions', () => this.client.lrange(this.keys.unanswered, 0, -1));
    return items.map((item) => parseStored(UnansweredSchema, item, 'unanswered question'));
  }

  /** One session, its answers and whether its live marker exists, read atomically. */
  private async read(id: string): Promise<(SequencedSession & { live: boolean }) | undefined> {
    const k = this.keys;
    const replies = await this.guard('read a quiz session', () =>
      this.client.multi().hgetall(k.session(id)).lrange(k.answers(id), 0, -1).exists(k.live(id)).exec(),
    );
    const [hash, answers, live] = (replies ?? []).map(([error, value]) => {
      if (error) throw this.unavailable('cannot read a quiz session', error);
      return value;
    });
    const found = decodeSession((hash ?? {}) as Record<string, string>, (answers ?? []) as string[]);
    return found && { ...found, live: live === 1 };
  }

  private alive(session: QuizSession, live: boolean): boolean {
    return session.finishedAt !== undefined || (live && !isExpired(session, this.options.now(), this.options.sessionTtlMs));
  }

  private ttlMs(ms: number): number {
    return Math.max(1, Math.ceil(ms));
  }

  private async guard<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw this.unavailable(`cannot ${what}`, error);
    }
  }

  private unavailable(message: string, error: unknown): KafkaBotError {
    return unavailable(this.url, message, error);
  }
}
