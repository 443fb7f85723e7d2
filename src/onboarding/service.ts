// The onboarding the bot runs itself: learning paths (`/kafka path`), the welcome DM, and (in
// daily.ts, nudges.ts) the scheduled quiz of the day and review nudges. Platform-free; adapters
// deliver what it returns.
import { basename } from 'node:path';
import type { KnowledgeHolder } from '../knowledge/types.js';
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import { finishReply } from '../model/render-text.js';
import { isKafkaBotError } from '../model/errors.js';
import { pathsOf, type LearningPath } from './paths.js';
import { pathProgress, recordOpened } from './progress.js';
import { renderPath } from './path-reply.js';
import { claimWelcome, type PendingWelcome } from './welcome.js';
import { DailyQuiz, type DailyDelivery } from './daily.js';
import { ReviewNudges, type DirectDelivery } from './nudges.js';
import { Experts } from './experts.js';
import { LeadDigest } from './digest.js';

export interface OnboardingOptions {
  store: SessionStore;
  knowledge: KnowledgeHolder;
  /** Clock. Default Date.now. */
  now?: () => number;
  /** This process's name in leases. Default pid:random. */
  instanceId?: string;
  /** IANA zone of schedules (`TZ`). Default UTC. */
  timeZone?: string;
  /** Quiz of the day time when `daily on` names none (`DAILY_QUIZ_AT`). Default 10:00. */
  dailyAt?: string;
  /** The lead's weekly digest (`DIGEST_CHANNEL_ID`, `DIGEST_AT`). Default off. */
  digest?: { platform: string; channel: string; weekday: number; at: string };
}

/** How often schedules are checked. Default 30 s (a post lands within the minute it is due). */
export const TICK_MS = 30_000;

const WELCOME_INTRO = [
  '팀이 카프카를 운영하는 방법을 노트에서 찾아 답하고, O/X 퀴즈로 익히게 도와드릴게요.',
  '- 궁금한 걸 그냥 물어보세요. 예: "브로커 메모리 얼마나?"',
  '- `/kafka-quiz` 로 5문제 퀴즈, `/kafka path` 로 학습 경로를 볼 수 있어요.',
  '아래 학습 경로의 첫 단계부터 시작해 보세요.',
].join('\n');

/** A section shown to a user again within this time is not written again (see noteOpened). */
const REWRITE_AFTER_MS = 60 * 60 * 1000;
/** (user, section) pairs remembered as written; cleared when full. */
const WRITTEN_KEPT = 50_000;

export class Onboarding {
  /** When this process last wrote each (user, section) pair. */
  private readonly written = new Map<string, number>();
  readonly instanceId: string;
  private readonly store: SessionStore;
  private readonly knowledge: KnowledgeHolder;
  readonly now: () => number;
  /** The quiz of the day. */
  readonly daily: DailyQuiz;
  /** Daily review reminders by DM. */
  readonly nudges: ReviewNudges;
  /** Questions forwarded to the experts channel and the answers relayed back. */
  readonly experts: Experts;
  /** The lead's weekly digest, when configured. */
  readonly digest?: LeadDigest;

  constructor(options: OnboardingOptions) {
    this.store = options.store;
    this.knowledge = options.knowledge;
    this.now = options.now ?? Date.now;
    this.instanceId = options.instanceId ?? `${process.pid}:${Math.random().toString(36).slice(2, 10)}`;
    this.daily = new DailyQuiz({
      store: this.store,
      knowledge: this.knowledge,
      now: this.now,
      timeZone: options.timeZone,
      defaultAt: options.dailyAt,
      instanceId: this.instanceId,
    });
    this.experts = new Experts(this.store);
    if (options.digest) {
      this.digest = new LeadDigest({
        store: this.store,
        knowledge: this.knowledge,
        now: this.now,
        timeZone: options.timeZone ?? 'UTC',
        instanceId: this.instanceId,
        target: options.digest,
      });
    }
    this.nudges = new ReviewNudges({ store: this.store, now: this.now, timeZone: options.timeZone });
  }

  /**
   * Remember how to reach a channel later (an adapter's opaque reference, e.g. a Teams conversation
   * reference), for scheduled posts. Called when `/kafka-quiz daily on` comes from it.
   */
  async rememberTarget(platform: string, channel: string, reference: string): Promise<void> {
    await this.store.putDoc('targets', `${platform}:${channel}`, reference);
  }

  /** The reference stored by rememberTarget, or undefined. */
  targetRef(platform: string, channel: string): Promise<string | undefined> {
    return this.store.getDoc('targets', `${platform}:${channel}`);
  }

  /** Run every schedule once now (tests call this with an injected clock instead of waiting). */
  async tick(deliver: Partial<Record<string, DailyDelivery>>, direct: Partial<Record<string, DirectDelivery>> = {}): Promise<void> {
    const results = await Promise.allSettled([this.daily.tick(deliver), this.nudges.tick(direct), this.digest?.tick(deliver)]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /**
   * Check the schedules every `intervalMs` (default TICK_MS) until the returned stop is called.
   * A failed tick is reported to `onError` and retried on the next one.
   */
  startSchedules(
    deliver: Partial<Record<string, DailyDelivery>>,
    direct: Partial<Record<string, DirectDelivery>>,
    onError: (error: unknown) => void,
    intervalMs = TICK_MS,
  ): () => void {
    let running = false;
    const run = () => {
      if (running) return;
      running = true;
      this.tick(deliver, direct)
        .catch(onError)
        .finally(() => (running = false));
    };
    const timer = setInterval(run, intervalMs);
    timer.unref();
    run();
    return () => clearInterval(timer);
  }

  /** The default (first) learning path, or undefined when the notes have no paths.yml. */
  async defaultPath(): Promise<LearningPath | undefined> {
    return (await pathsOf(this.knowledge.current))[0];
  }

  /** `/kafka path`: the user's progress, or a friendly notice when there is no path or it is broken. */
  async path(message: Pick<Incoming, 'userId'>, intro?: string): Promise<Reply> {
    let path: LearningPath | undefined;
    try {
      path = await this.defaultPath();
    } catch (error) {
      if (!isKafkaBotError(error)) throw error;
      return notice(`학습 경로 파일에 문제가 있어요: ${error.message}`);
    }
    // Named like the notes' sources (the folder's own name), whatever KNOWLEDGE_DIR is.
    const file = `${basename(this.knowledge.current.dir)}/paths.yml`;
    if (!path)
      return notice(intro ? `${intro}\n\n학습 경로는 아직 없어요 (${file}).` : `학습 경로가 아직 없어요. ${file} 에 경로를 적어 주세요.`);
    const progress = await pathProgress(this.store, this.knowledge.current, path, message.userId);
    return renderPath(path, progress, intro);
  }

  /**
   * Remember which sections an answer showed the user (path progress). A section this process
   * wrote for the user within the hour is not written again: the same answers are read over and
   * over, and the digest's "last activity" counts in days.
   */
  async noteOpened(userId: string, reply: Reply): Promise<void> {
    if ((reply.kind !== 'answer' && reply.kind !== 'comparison') || reply.sources.length === 0) return;
    const now = this.now();
    const keyOf = (source: Reply['sources'][number]) => `${userId}\u0000${source.breadcrumb.join(' › ')}`;
    const fresh = reply.sources.filter((source) => {
      const at = this.written.get(keyOf(source));
      return at === undefined || now - at >= REWRITE_AFTER_MS;
    });
    if (fresh.length === 0) return;
    await recordOpened(this.store, userId, fresh, now);
    if (this.written.size >= WRITTEN_KEPT) this.written.clear();
    for (const source of fresh) this.written.set(keyOf(source), now);
  }

  /** A welcome for `userId` unless one was sent (or is being sent) already. */
  welcome(userId: string, platform: string): Promise<PendingWelcome | undefined> {
    return claimWelcome(this.store, userId, platform, this.instanceId, this.now, () => this.path({ userId }, WELCOME_INTRO));
  }
}

function notice(body: string): Reply {
  return finishReply({ kind: 'notice', body, sources: [], actions: [] });
}
