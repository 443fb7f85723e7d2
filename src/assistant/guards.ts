// What runs between route() and a handler: the admin check for admin-only routes and the per-user
// question limit. A guard answers instead of the handler (privately) or lets the route through.
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { Route } from './route.js';
import type { QuestionLimiter } from '../store/rate-limit.js';
import { notice } from './notice.js';

export interface GuardOptions {
  /** Raw platform user ids allowed to run admin commands. Default none. */
  adminUserIds?: string[];
  /** Questions per user per minute. Default 20. */
  rateLimitPerMinute?: number;
  /** Counts the questions; one shared by every replica when the store offers it (Redis). */
  limiter: QuestionLimiter;
}

export interface Guards {
  isAdmin(message: Incoming): boolean;
  /** A refusal for `route`, or undefined when it may run. */
  check(route: Route, message: Incoming): Promise<Reply | undefined>;
}

export function createGuards(options: GuardOptions): Guards {
  const perMinute = options.rateLimitPerMinute ?? 20;
  const { limiter } = options;
  const admins = new Set(options.adminUserIds ?? []);
  const isAdmin = (message: Incoming) => admins.has(message.rawUserId ?? '') || admins.has(message.userId);
  return {
    isAdmin,
    async check(route, message) {
      if (route.type === 'gaps' && !isAdmin(message)) {
        return notice(
          '이 명령은 관리자만 쓸 수 있어요 (admin-only). ADMIN_USER_IDS에 등록된 사람만 gaps 리포트를 볼 수 있어요.',
          'notice',
          true,
        );
      }
      // Only questions for the notes count. Chat users share the bot; a local console or CLI user
      // only slows themselves down.
      const limited = message.platform === 'slack' || message.platform === 'teams';
      if ((route.type === 'ask' || route.type === 'compare') && limited && !(await limiter.allow(message.userId))) {
        return notice(`질문이 너무 빨라요 🙂 1분에 최대 ${perMinute}개까지 답할 수 있어요. 잠시 후 다시 물어봐 주세요.`, 'notice', true);
      }
      return undefined;
    },
  };
}
