// The lead's weekly digest (DIGEST_CHANNEL_ID at DIGEST_AT in TZ): path progress of members who
// joined in the last 60 days, who has had no activity for 7 days, the most-missed quiz items and
// the unanswered questions. Posted once a week by one replica (lease + record before delivery).
import { z } from 'zod';
import type { KnowledgeHolder } from '../knowledge/types.js';
import type { ListRow, Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import { finishReply } from '../model/render-text.js';
import { groupQuestions } from '../search/question-groups.js';
import type { DailyChannel, DailyDelivery } from './daily.js';
import { localTime, minutesOf } from './local-time.js';
import { pathsOf } from './paths.js';
import { currentStep, pathProgress } from './progress.js';
import { WELCOMED } from './welcome.js';

const DAY = 86_400_000;
/** Members who joined within this many days are listed. */
export const RECENT_DAYS = 60;
/** No quiz or reading for this many days counts as stuck. */
export const IDLE_DAYS = 7;

export interface DigestOptions {
  store: SessionStore;
  knowledge: KnowledgeHolder;
  now: () => number;
  timeZone: string;
  instanceId: string;
  /** Where and when: platform channel, weekday (0 = Sunday) and HH:MM. */
  target: { platform: string; channel: string; weekday: number; at: string };
}

const Welcomed = z.object({ at: z.number(), platform: z.string() });
const POSTS = 'digest:posts';

export class LeadDigest {
  private attempts = 0;
  constructor(private readonly o: DigestOptions) {}

  async tick(deliver: Partial<Record<string, DailyDelivery>>): Promise<boolean> {
    const { platform, channel, weekday, at } = this.o.target;
    const send = deliver[platform];
    const local = localTime(this.o.now(), this.o.timeZone);
    if (!send || local.weekday !== weekday || local.minutes < minutesOf(at)) return false;
    const { store } = this.o;
    if ((await store.getDoc(POSTS, local.date)) !== undefined) return false;
    const owner = `${this.o.instanceId}:digest:${++this.attempts}`;
    if (!(await store.lease(`digest:${local.date}`, owner, 2 * 60_000))) return false;
    try {
      // Recorded before delivery: a crash never posts the week's digest twice.
      if (!(await store.putDoc(POSTS, local.date, String(this.o.now()), { onlyIfAbsent: true }))) return false;
      const target: DailyChannel = { target: `${platform}:${channel}`, platform, channel, at, on: true, by: 'DIGEST_CHANNEL_ID' };
      await send(target, await this.compose());
      return true;
    } finally {
      await store.releaseLease(`digest:${local.date}`, owner);
    }
  }

  /** The week's report for the target platform: only its own members are listed. */
  async compose(): Promise<Reply> {
    const { store } = this.o;
    const now = this.o.now();
    const k = this.o.knowledge.current;
    const path = (await pathsOf(k))[0];
    const platform = `${this.o.target.platform}:`;
    const members = (await store.listDocs(WELCOMED)).flatMap((d) => {
      const parsed = Welcomed.safeParse(JSON.parse(d.value));
      const ours = d.key.startsWith(platform);
      return ours && parsed.success && parsed.data.at >= now - RECENT_DAYS * DAY ? [{ userId: d.key, joinedAt: parsed.data.at }] : [];
    });
    const progressRows: ListRow[] = [];
    const idle: ListRow[] = [];
    for (const m of members) {
      const person = { userId: m.userId };
      const label = m.userId.split(':').at(-1) ?? m.userId;
      if (path) {
        const progress = await pathProgress(store, k, path, m.userId);
        const current = currentStep(progress);
        const where = progress[current] ? `지금: ${progress[current]!.step.title}` : '완료 🎉';
        progressRows.push({ label, person, note: `${progress.filter((p) => p.done).length}/${progress.length} 단계 · ${where}` });
      }
      const sessions = await store.listSessions(m.userId);
      const opened = await store.listDocs(`opened:${m.userId}`);
      const last = Math.max(m.joinedAt, ...sessions.map((s) => s.updatedAt), ...opened.map((d) => Number(d.value) || 0));
      if (last < now - IDLE_DAYS * DAY) idle.push({ label, person, note: `마지막 활동 ${Math.floor((now - last) / DAY)}일 전` });
    }
    const missed = await store.mostMissed(5);
    const missedRows = missed.map((m) => {
      const item = k.quizItems.find((i) => i.id === m.itemId);
      return { label: item ? item.statement : m.itemId, note: `${m.misses}회` };
    });
    const unanswered = groupQuestions((await store.listUnanswered()).filter((u) => u.at >= now - 7 * DAY)).slice(0, 5);
    return finishReply({
      kind: 'notice',
      title: '주간 온보딩 리포트',
      body: '',
      lists: [
        { heading: `최근 ${RECENT_DAYS}일 합류한 멤버의 학습 경로`, rows: progressRows, empty: '새로 합류한 멤버가 없어요' },
        { heading: `${IDLE_DAYS}일째 활동이 없는 멤버`, rows: idle, empty: '없어요 👍' },
        { heading: '가장 많이 틀린 퀴즈', rows: missedRows, empty: '기록이 없어요' },
        {
          heading: '노트가 답하지 못한 질문 (지난 7일)',
          rows: unanswered.map((g) => ({ label: `"${g.question}"`, note: `${g.count}회` })),
          empty: '없어요',
        },
      ],
      sources: [],
      actions: [],
    });
  }
}
