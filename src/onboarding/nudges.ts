// Review nudges: someone who finished a quiz and has due Leitner items gets at most one DM a day,
// "복습할 문제 N개가 있어요" with a start button, from NUDGE_HOUR on in TZ. `/kafka-quiz nudges off`
// (or on) per user. The day's send is recorded before delivering: a retry never sends twice.
import { z } from 'zod';
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import { finishReply } from '../model/render-text.js';
import { isDue } from '../quiz/engine.js';
import { localTime } from './local-time.js';

/** Local hour from which the day's nudges go out. */
export const NUDGE_HOUR = 9;

const USERS = 'nudges:users';
const SENT = 'nudges:sent';
const UserSchema = z.object({ on: z.boolean(), platform: z.string() });

/** Sends a direct message to a platform-qualified user; throws when the platform refused it. */
export type DirectDelivery = (userId: string, reply: Reply) => Promise<void>;

const notice = (body: string): Reply => finishReply({ kind: 'notice', title: '복습 알림', body, sources: [], actions: [], private: true });

export class ReviewNudges {
  constructor(private readonly o: { store: SessionStore; now: () => number; timeZone?: string }) {}

  /** A finished quiz turns nudges on for the user, unless they turned them off. */
  async enroll(message: Pick<Incoming, 'userId' | 'platform'>): Promise<void> {
    await this.o.store.putDoc(USERS, message.userId, JSON.stringify({ on: true, platform: message.platform }), { onlyIfAbsent: true });
  }

  /** `nudges on|off`. */
  async command(message: Incoming, args: string[]): Promise<Reply> {
    const sub = args[0] ?? '';
    if (sub !== 'on' && sub !== 'off') return notice('사용법: `/kafka-quiz nudges off` (복습 알림 끄기), `/kafka-quiz nudges on` (켜기)');
    await this.o.store.putDoc(USERS, message.userId, JSON.stringify({ on: sub === 'on', platform: message.platform }));
    return notice(
      sub === 'on'
        ? '복습 알림을 켰어요. 복습할 문제가 있으면 하루에 한 번 DM으로 알려 드려요.'
        : '복습 알림을 껐어요. 다시 켜려면 `/kafka-quiz nudges on`.',
    );
  }

  /** Send today's nudges that are due. Returns how many were sent. */
  async tick(deliver: Partial<Record<string, DirectDelivery>>): Promise<number> {
    const { date, minutes } = localTime(this.o.now(), this.o.timeZone ?? 'UTC');
    if (minutes < NUDGE_HOUR * 60) return 0;
    let sent = 0;
    let failure: unknown;
    for (const doc of await this.o.store.listDocs(USERS)) {
      const parsed = UserSchema.safeParse(JSON.parse(doc.value));
      const send = parsed.success && parsed.data.on ? deliver[parsed.data.platform] : undefined;
      if (!send) continue;
      const due = (await this.o.store.listProgress(doc.key)).filter(isDue).length;
      if (due === 0) continue;
      if (!(await this.o.store.putDoc(SENT, `${doc.key}:${date}`, String(this.o.now()), { onlyIfAbsent: true }))) continue;
      // One user's failed DM must not hold up everyone after them; the first error is reported.
      try {
        await send(doc.key, nudgeReply(due));
        sent += 1;
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
    return sent;
  }
}

export function nudgeReply(due: number): Reply {
  return finishReply({
    kind: 'notice',
    title: '복습 알림',
    body: `복습할 문제 ${due}개가 있어요. 틀렸던 문제를 두 번 연속 맞히면 마스터예요! 💪\n알림을 끄려면 \`/kafka-quiz nudges off\``,
    sources: [],

    actions: [{ type: 'quiz_command', label: '복습 시작', command: 'review' }],
  });
}
