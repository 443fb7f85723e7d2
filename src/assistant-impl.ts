// The assistant behind handle(): intent -> answer composer or quiz engine -> neutral Reply.
// Also records what the notes could not answer and 👍/👎 votes, for the gap report.
import type { Assistant, AssistantOptions } from './assistant.js';
import type { Incoming } from './message.js';
import type { Reply } from './reply.js';
import { finishReply } from './render-text.js';
import { detectIntent } from './intent.js';
import { composeAnswer, composeSection } from './answer/compose.js';
import { composeComparison } from './answer/compare.js';
import { helpReply } from './answer/help.js';
import { QuizService } from './quiz/service.js';
import { isPassText, parseChoiceText } from './quiz/command.js';
import { memoryLimiter } from './rate-limit.js';
import { ReplyCache } from './answer/cache.js';
import { gapsReport } from './gaps.js';
import { Onboarding } from './onboarding/service.js';
import { isPathCommand } from './onboarding/path-command.js';
import { ASK_EXPERT_LABEL } from './onboarding/experts.js';

/** Questions longer than this are cut (and the reply says so). */
export const MAX_QUESTION = 300;

const notice = (body: string, kind: Reply['kind'] = 'notice', priv = false): Reply =>
  finishReply({ kind, body, sources: [], actions: [], private: priv || undefined });

export function createAssistant(options: AssistantOptions): Assistant {
  const now = options.now ?? Date.now;
  const { store, knowledge } = options;
  const quiz = new QuizService({ store, items: () => knowledge.current.quizItems, now, random: options.random });
  const perMinute = options.rateLimitPerMinute ?? 20;
  const limiter = store.sharedLimiter?.(perMinute) ?? memoryLimiter(perMinute);
  const admins = new Set(options.adminUserIds ?? []);
  const cache = new ReplyCache();
  const onboarding = options.onboarding ?? new Onboarding({ store, knowledge, now });
  const experts = new Set<string>(options.expertPlatforms ?? []);

  const isAdmin = (message: Incoming) => admins.has(message.rawUserId ?? '') || admins.has(message.userId);

  async function ask(message: Incoming, raw: string): Promise<Reply> {
    const text = raw.length > MAX_QUESTION ? raw.slice(0, MAX_QUESTION) : raw;
    const cut = raw.length > MAX_QUESTION ? `질문이 길어서 앞 ${MAX_QUESTION}자만 읽었어요` : undefined;
    const intent = detectIntent(text.slice(0, 2000), message.command === 'kafka-quiz' ? 'kafka-quiz' : undefined);
    const k = knowledge.current;
    switch (intent.type) {
      case 'empty':
        return helpReply(k, '질문을 글자로 적어 주세요. 예: "브로커 메모리 얼마나?"');
      case 'help':
        return helpReply(k, cut);
      case 'quiz':
        return quiz.command(message, intent.args);
      case 'gaps':
        if (!isAdmin(message)) {
          return notice('이 명령은 관리자만 쓸 수 있어요 (admin-only). ADMIN_USER_IDS에 등록된 사람만 gaps 리포트를 볼 수 있어요.', 'notice', true);
        }
        return notice(await gapsReport(store, k, now()));
      default:
        break;
    }
    // Chat users share the bot; a local console or CLI user only slows themselves down.
    const limited = message.platform === 'slack' || message.platform === 'teams';
    if (limited && !(await limiter.allow(message.userId))) {
      return notice('질문이 너무 빨라요 🙂 1분에 최대 ' + String(perMinute) + '개까지 답할 수 있어요. 잠시 후 다시 물어봐 주세요.', 'notice', true);
    }
    const reply = cache.get(k, `${intent.type}\u0000${cut ? 1 : 0}\u0000${text}`, () =>
      intent.type === 'compare' ? composeComparison(k, intent.sides, text, cut) : composeAnswer(k, intent.question, cut),
    );
    if (reply.kind === 'no_answer' || reply.kind === 'suggest') {
      await store.recordUnanswered({ userId: message.userId, platform: message.platform, question: text, at: now() });
      // A copy: the cached reply is shared by every platform.
      if (experts.has(message.platform)) return { ...reply, actions: [...reply.actions, { type: 'ask_expert', label: ASK_EXPERT_LABEL, question: text }] };
    }
    return reply;
  }

  /** Answers feed path progress: the sections they cite count as opened by the user. */
  async function opened(message: Incoming, reply: Reply): Promise<Reply> {
    await onboarding.noteOpened(message.userId, reply);
    return reply;
  }

  /** A finished quiz turns review nudges on for its owner (unless they turned them off). */
  async function finished(message: Incoming, reply: Reply): Promise<Reply> {
    if (reply.quiz?.score && reply.quiz.userId === message.userId) await onboarding.nudges.enroll(message);
    return reply;
  }

  async function press(message: Incoming): Promise<Reply> {
    const action = message.action!;
    switch (action.type) {
      case 'ask':
        // A suggested section answers itself; one gone after a reload falls back to the question.
        return opened(message, (action.ref && composeSection(knowledge.current, action.ref, action.question)) || (await ask(message, action.question)));
      case 'quiz_answer':
        return finished(message, await quiz.answer(message, { sessionId: action.sessionId, index: action.index, choice: action.choice }));
      case 'quiz_command':
        return quiz.command(message, action.command);
      case 'daily_answer':
        return onboarding.daily.answer(message, action.postId, action.choice);
      case 'ask_expert':
        // Forwarding is the adapter's job (it knows the experts channel); a core-only caller asks again.
        return ask(message, action.question);
      case 'feedback':
        await store.recordFeedback({ userId: message.userId, platform: message.platform, question: action.question, ref: action.ref, vote: action.vote, at: now() });
        return notice(action.vote === 'up' ? '피드백 고마워요! 👍' : '알려 줘서 고마워요. 노트를 보완하는 데 쓸게요. 👎', 'notice', true);
    }
  }

  return {
    async handle(message: Incoming): Promise<Reply> {
      if (message.action) return press(message);
      const text = (message.text ?? '').replace(/\s+/g, ' ').trim();
      // O/X or a pass ("모르겠어") answers a running quiz; without one it is an ordinary question.
      if (message.command !== 'kafka-quiz' && (parseChoiceText(text) || isPassText(text))) {
        const answered = await quiz.answerText(message, text);
        if (answered) return finished(message, answered);
      }
      if (message.command === 'kafka-quiz' && /^daily(\s|$)/i.test(text)) {
        return onboarding.daily.command(message, text.split(' ').slice(1), isAdmin(message));
      }
      if (message.command === 'kafka-quiz' && /^nudges?(\s|$)/i.test(text)) return onboarding.nudges.command(message, text.split(' ').slice(1));
      if (message.command === 'kafka-quiz') return finished(message, await quiz.command(message, text));
      if (isPathCommand(text)) return onboarding.path(message);
      return opened(message, await ask(message, text));
    },
  };
}
