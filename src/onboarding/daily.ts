// The quiz of the day: `/kafka-quiz daily on [HH:MM]|off|top` per channel (admins), one O/X post a
// day at that time in TZ, one answer per person (verdict private), streaks and a weekly board.
// Exactly one replica posts: a lease per channel and date, and a post record written BEFORE
// delivering, so a restart or a second replica never posts twice for the same day.
import { z } from 'zod';
import { ChoiceSchema } from '../model/action-schema.js';
import type { KnowledgeHolder } from '../knowledge/types.js';
import type { QuizItem } from '../model/chunk.js';
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import { dateMinus, localTime, minutesOf, previousDate } from './local-time.js';
import { dailyNotice, renderPost, renderVerdict, weeklyList, type WeeklyRow } from './daily-render.js';

/** How long one replica may take to post before another may (if the first never wrote its record). */
export const POST_LEASE_MS = 2 * 60_000;

const ChannelSchema = z.object({
  target: z.string(),
  platform: z.string(),
  channel: z.string(),
  at: z.string(),
  on: z.boolean(),
  by: z.string(),
});
const PostSchema = z.object({
  postId: z.string(),
  date: z.string(),
  itemId: z.string(),
  state: z.enum(['posting', 'posted', 'failed']),
  at: z.number(),
});
const AnswerSchema = z.object({ choice: ChoiceSchema, correct: z.boolean(), at: z.number(), userName: z.string().optional() });
const StreakSchema = z.object({ lastDate: z.string(), streak: z.number().int().nonnegative() });

export type DailyChannel = z.infer<typeof ChannelSchema>;
type DailyPost = z.infer<typeof PostSchema>;

/** Delivers a post to a channel of one platform; throws when the platform refused it. */
export type DailyDelivery = (channel: DailyChannel, reply: Reply) => Promise<void>;

const CHANNELS = 'daily:channels';
const STREAKS = 'daily:streaks';
const postsOf = (target: string) => `daily:posts:${target}`;
const answersOf = (postId: string) => `daily:answers:${postId}`;
const json = <T>(schema: z.ZodType<T>, text: string | undefined): T | undefined => {
  if (text === undefined) return undefined;
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : undefined;
};

export interface DailyOptions {
  store: SessionStore;
  knowledge: KnowledgeHolder;
  now: () => number;
  /** IANA zone of `HH:MM`. Default UTC. */
  timeZone?: string;
  /** Time when `daily on` names none. Default 10:00. */
  defaultAt?: string;
  instanceId: string;
}

export class DailyQuiz {
  private attempts = 0;

  constructor(private readonly o: DailyOptions) {}

  private get zone(): string {
    return this.o.timeZone ?? 'UTC';
  }

  /** `daily on [HH:MM]`, `daily off`, `daily top`, `daily` (status). */
  async command(message: Incoming, args: string[], admin: boolean): Promise<Reply> {
    const [sub = '', time] = args;
    const channel = message.channelId;
    if (!channel) return dailyNotice('오늘의 퀴즈는 채널에서 `/kafka-quiz daily on [HH:MM]` 으로 켜요.');
    const target = `${message.platform}:${channel}`;
    const current = json(ChannelSchema, await this.o.store.getDoc(CHANNELS, target));
    if (sub === 'top') return dailyNotice('', false, '이번 주 오늘의 퀴즈 순위', [weeklyList(await this.weekly(target))]);
    if (sub === 'on' || sub === 'off') {
      if (!admin) return dailyNotice('오늘의 퀴즈를 켜고 끄는 건 관리자만 할 수 있어요 (ADMIN_USER_IDS).');
      const at = time ?? current?.at ?? this.o.defaultAt ?? '10:00';
      if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(at))
        return dailyNotice(`시간은 HH:MM (24시간)으로 적어 주세요. 예: \`/kafka-quiz daily on 09:30\``);
      const record: DailyChannel = {
        target,
        platform: message.platform,
        channel,
        at: at.padStart(5, '0'),
        on: sub === 'on',
        by: message.userId,
      };
      await this.o.store.putDoc(CHANNELS, target, JSON.stringify(record));
      return dailyNotice(
        record.on ? `오늘의 퀴즈를 켰어요: 매일 ${record.at} (${this.zone}) 에 이 채널에 O/X 문제를 올려요.` : '오늘의 퀴즈를 껐어요.',
        false,
      );
    }
    if (sub !== '') return dailyNotice('사용법: `/kafka-quiz daily on [HH:MM]`, `/kafka-quiz daily off`, `/kafka-quiz daily top`');
    return dailyNotice(
      current?.on
        ? `이 채널은 매일 ${current.at} (${this.zone}) 에 오늘의 퀴즈가 올라와요.`
        : '이 채널에는 오늘의 퀴즈가 꺼져 있어요. 관리자가 `/kafka-quiz daily on` 으로 켤 수 있어요.',
    );
  }

  /** Post today's question in every channel that is due and has none yet. Returns how many were posted. */
  async tick(deliver: Partial<Record<string, DailyDelivery>>): Promise<number> {
    const now = this.o.now();
    const { date, minutes } = localTime(now, this.zone);
    let posted = 0;
    for (const doc of await this.o.store.listDocs(CHANNELS)) {
      const channel = json(ChannelSchema, doc.value);
      const send = channel && deliver[channel.platform];
      if (!channel?.on || !send || minutes < minutesOf(channel.at)) continue;
      if (await this.postOnce(channel, date, send)) posted += 1;
    }
    return posted;
  }

  private async postOnce(channel: DailyChannel, date: string, send: DailyDelivery): Promise<boolean> {
    const { store } = this.o;
    const lease = `daily:${channel.target}:${date}`;
    const existing = json(PostSchema, await store.getDoc(postsOf(channel.target), date));
    if (existing && existing.state !== 'failed') return false;
    // One owner per attempt: two ticks of the same process must exclude each other too.
    const owner = `${this.o.instanceId}:${++this.attempts}`;
    if (!(await store.lease(lease, owner, POST_LEASE_MS))) return false;
    try {
      const again = json(PostSchema, await store.getDoc(postsOf(channel.target), date));
      if (again && again.state !== 'failed') return false;
      const item = await this.pick(channel.target);
      if (!item) return false;
      const post: DailyPost = { postId: `${channel.target}:${date}`, date, itemId: item.id, state: 'posting', at: this.o.now() };
      // Written before delivery: a crash after this line loses today's post rather than doubling it.
      await store.putDoc(postsOf(channel.target), date, JSON.stringify(post));
      try {
        await send(
          channel,
          renderPost(item, post.postId, date, await this.reveal(channel.target, date), await this.weekly(channel.target)),
        );
      } catch (error) {
        await store.putDoc(postsOf(channel.target), date, JSON.stringify({ ...post, state: 'failed' }));
        throw error;
      }
      await store.putDoc(postsOf(channel.target), date, JSON.stringify({ ...post, state: 'posted' }));
      return true;
    } finally {
      await store.releaseLease(lease, owner);
    }
  }

  /** The next item for the channel: a fixed shuffled order per channel, no repeat until all were asked. */
  private async pick(target: string): Promise<QuizItem | undefined> {
    const items = [...this.o.knowledge.current.quizItems].sort(
      (a, b) => hash(target + a.id) - hash(target + b.id) || a.id.localeCompare(b.id),
    );
    const asked = new Set((await this.posts(target)).map((p) => p.itemId));
    return items.find((i) => !asked.has(i.id)) ?? items[(await this.posts(target)).length % Math.max(1, items.length)];
  }

  private async posts(target: string): Promise<DailyPost[]> {
    return (await this.o.store.listDocs(postsOf(target))).flatMap((d) => json(PostSchema, d.value) ?? []);
  }

  private async reveal(target: string, today: string) {
    const previous = (await this.posts(target)).filter((p) => p.date < today && p.state === 'posted').at(-1);
    const item = previous && this.o.knowledge.current.quizItems.find((i) => i.id === previous.itemId);
    if (!previous || !item) return undefined;
    const answers = (await this.o.store.listDocs(answersOf(previous.postId))).flatMap((d) => json(AnswerSchema, d.value) ?? []);
    return { statement: item.statement, answer: item.answer, right: answers.filter((a) => a.correct).length, total: answers.length };
  }

  /** Correct answers per person on the channel's posts of the last 7 days, most first. */
  async weekly(target: string): Promise<WeeklyRow[]> {
    const since = dateMinus(localTime(this.o.now(), this.zone).date, 6);
    const rows = new Map<string, WeeklyRow>();
    for (const post of (await this.posts(target)).filter((p) => p.date >= since)) {
      for (const doc of await this.o.store.listDocs(answersOf(post.postId))) {
        const a = json(AnswerSchema, doc.value);
        if (!a?.correct) continue;
        const row = rows.get(doc.key) ?? { userId: doc.key, userName: a.userName, correct: 0 };
        row.correct += 1;
        rows.set(doc.key, row);
      }
    }
    return [...rows.values()].sort((a, b) => b.correct - a.correct || a.userId.localeCompare(b.userId));
  }

  /** A press on today's (or an older) post: recorded once per person; the verdict is private. */
  async answer(message: Incoming, postId: string, choice: 'O' | 'X'): Promise<Reply> {
    const split = postId.lastIndexOf(':');
    const target = postId.slice(0, split);
    const date = postId.slice(split + 1);
    const post = json(PostSchema, await this.o.store.getDoc(postsOf(target), date));
    const item = post && this.o.knowledge.current.quizItems.find((i) => i.id === post.itemId);
    if (!post || !item) return dailyNotice('이 문제는 더 이상 답할 수 없어요. 다음 오늘의 퀴즈를 기다려 주세요!');
    const record = {
      choice,
      correct: choice === item.answer,
      at: this.o.now(),
      ...(message.userName ? { userName: message.userName } : {}),
    };
    if (!(await this.o.store.putDoc(answersOf(post.postId), message.userId, JSON.stringify(record), { onlyIfAbsent: true }))) {
      return (await this.verdict(message, postId)) ?? dailyNotice('이미 답했어요. 한 사람당 한 번만 답할 수 있어요.');
    }
    const before = json(StreakSchema, await this.o.store.getDoc(STREAKS, message.userId));
    const streak = await this.streak(message.userId, date, record.correct);
    // "끊겼어요" only when there was a run to end (not on a first answer, nor after a miss).
    const broke = !record.correct && (before?.streak ?? 0) > 0 && before?.lastDate === previousDate(date);
    return renderVerdict(item, choice, streak, broke);
  }

  /**
   * The verdict the user already got for `postId`, drawn again with "이미 답했어요" (a second press, a
   * Teams card refreshed for them), or undefined when they have not answered it. Writes nothing.
   */
  async verdict(message: Pick<Incoming, 'userId'>, postId: string): Promise<Reply | undefined> {
    const split = postId.lastIndexOf(':');
    const post = json(PostSchema, await this.o.store.getDoc(postsOf(postId.slice(0, split)), postId.slice(split + 1)));
    const item = post && this.o.knowledge.current.quizItems.find((i) => i.id === post.itemId);
    const mine = post && json(AnswerSchema, await this.o.store.getDoc(answersOf(post.postId), message.userId));
    if (!item || !mine) return undefined;
    const streak = json(StreakSchema, await this.o.store.getDoc(STREAKS, message.userId))?.streak ?? 0;
    return renderVerdict(item, mine.choice, streak, false, `이미 답했어요 (내 답: ${mine.choice}). 한 사람당 한 번만 답할 수 있어요.`);
  }

  private async streak(userId: string, date: string, correct: boolean): Promise<number> {
    const before = json(StreakSchema, await this.o.store.getDoc(STREAKS, userId));
    const streak = !correct
      ? 0
      : before?.lastDate === previousDate(date)
        ? before.streak + 1
        : before?.lastDate === date
          ? before.streak
          : 1;
    await this.o.store.putDoc(STREAKS, userId, JSON.stringify({ lastDate: date, streak }));
    return streak;
  }
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
