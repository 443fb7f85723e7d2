// One handler per Route type: the answer composer, the quiz, onboarding or the store. Handlers
// receive a route already past the guards; `run` routes a fallback (a typed O/X with no quiz running).
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import type { KnowledgeHolder } from '../knowledge/types.js';
import type { QuizService } from '../quiz/service.js';
import type { Onboarding } from '../onboarding/service.js';
import type { Route } from './route.js';
import { composeSection } from '../answer/compose.js';
import type { AnswerRequest, Answerer } from '../answer/request.js';
import { helpReply } from '../answer/help.js';
import { ReplyCache } from '../answer/cache.js';
import { gapsReport } from '../report/gaps.js';
import { ASK_EXPERT_LABEL } from '../onboarding/experts.js';
import { notice } from './notice.js';

export interface HandlerDeps {
  knowledge: KnowledgeHolder;
  store: SessionStore;
  quiz: QuizService;
  onboarding: Onboarding;
  /** Platforms whose no_answer/suggest replies get "전문가에게 물어보기". */
  experts: ReadonlySet<string>;
  /** Where search + compose run: this thread, or the answer worker threads (answer/workers.ts). */
  answerer: Answerer;
  isAdmin(message: Incoming): boolean;
  now: () => number;
  /** Guards, then the route's handler. */
  run(route: Route, message: Incoming): Promise<Reply>;
}

export type Handlers = { [T in Route['type']]: (route: Extract<Route, { type: T }>, message: Incoming) => Promise<Reply> };

export function createHandlers(deps: HandlerDeps): Handlers {
  const { knowledge, store, quiz, onboarding, now } = deps;
  const cache = new ReplyCache();

  /** Answers feed path progress: the sections they cite count as opened by the user. */
  const opened = async (message: Incoming, reply: Reply): Promise<Reply> => {
    await onboarding.noteOpened(message.userId, reply);
    return reply;
  };
  /** A finished quiz turns review nudges on for its owner (unless they turned them off). */
  const finished = async (message: Incoming, reply: Reply): Promise<Reply> => {
    if (reply.quiz?.score && reply.quiz.userId === message.userId) await onboarding.nudges.enroll(message);
    return reply;
  };
  /** A lookup or comparison, cached per knowledge; what the notes could not answer is recorded. */
  const answer = async (message: Incoming, type: 'ask' | 'compare', text: string, cut: string | undefined, request: AnswerRequest) => {
    const k = knowledge.current;
    const context = request.kind === 'answer' ? (request.context ?? '') : '';
    const reply = await cache.get(k, `${type}\u0000${cut ? 1 : 0}\u0000${text}\u0000${context}`, () => deps.answerer.answer(k, request));
    if (reply.kind === 'no_answer' || reply.kind === 'suggest') {
      await store.recordUnanswered({ userId: message.userId, platform: message.platform, question: text, at: now() });
      // A copy: the cached reply is shared by every platform.
      if (deps.experts.has(message.platform))
        return opened(message, { ...reply, actions: [...reply.actions, { type: 'ask_expert', label: ASK_EXPERT_LABEL, question: text }] });
    }
    return opened(message, reply);
  };

  return {
    help: async (r) => helpReply(knowledge.current, r.note),
    gaps: async () => notice(await gapsReport(store, knowledge.current, now())),
    ask: (r, message) => answer(message, 'ask', r.text, r.cut, { kind: 'answer', question: r.question, context: r.context, notice: r.cut }),
    compare: (r, message) => answer(message, 'compare', r.text, r.cut, { kind: 'compare', sides: r.sides, text: r.text, notice: r.cut }),
    quiz: async (r, message) => finished(message, await quiz.command(message, r.args)),
    daily: (r, message) => onboarding.daily.command(message, r.args, deps.isAdmin(message)),
    nudges: (r, message) => onboarding.nudges.command(message, r.args),
    path: (_r, message) => onboarding.path(message),
    typed_answer: async (r, message) => {
      const answered = await quiz.answerText(message, r.text);
      return answered ? finished(message, answered) : deps.run(r.otherwise, message);
    },
    // A suggested section answers itself; one gone after a reload falls back to the question.
    section: async (r, message) => {
      const section = composeSection(knowledge.current, r.ref, r.question);
      return section ? opened(message, section) : deps.run(r.otherwise, message);
    },
    quiz_answer: async (r, message) =>
      finished(message, await quiz.answer(message, { sessionId: r.sessionId, index: r.index, choice: r.choice })),
    daily_answer: (r, message) => onboarding.daily.answer(message, r.postId, r.choice),
    feedback: async (r, message) => {
      await store.recordFeedback({
        userId: message.userId,
        platform: message.platform,
        question: r.question,
        ref: r.ref,
        vote: r.vote,
        at: now(),
      });
      return notice(r.vote === 'up' ? '피드백 고마워요! 👍' : '알려 줘서 고마워요. 노트를 보완하는 데 쓸게요. 👎', 'notice', true);
    },
  };
}
