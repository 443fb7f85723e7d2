// handle(message) -> Reply: the only door adapters use. route() says what the message asks for,
// the guards (admin, question limit) may refuse, and a table of handlers answers; per-platform
// concerns (ids, rendering) stay in the adapters.
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import type { KnowledgeHolder } from '../knowledge/types.js';
import { QuizService } from '../quiz/service.js';
import { Onboarding } from '../onboarding/service.js';
import { route, type Route } from './route.js';
import { createGuards } from './guards.js';
import { createHandlers } from './handlers.js';
import { inThreadAnswerer, type Answerer } from '../answer/request.js';
import { memoryLimiter } from '../store/rate-limit.js';
import { linkSources } from '../model/reply-view.js';

export interface AssistantOptions {
  knowledge: KnowledgeHolder;
  store: SessionStore;
  /** Raw platform user ids allowed to run admin commands (`/kafka gaps`). Default none. */
  adminUserIds?: string[];
  /** Questions per user per minute; quiz presses are never limited. Default 20. */
  rateLimitPerMinute?: number;
  /** Clock, for tests. Default Date.now. */
  now?: () => number;
  /** Randomness for quiz order, for tests. Default Math.random. */
  random?: () => number;
  /** Platforms with an experts channel: their no_answer/suggest replies get "전문가에게 물어보기". Default none. */
  expertPlatforms?: string[];
  /** Learning paths, welcome, quiz of the day. Default: one on the same store and knowledge. */
  onboarding?: Onboarding;
  /** Where search + compose run (answer worker threads, src/answer/workers.ts). Default: this thread. */
  answerer?: Answerer;
  /** NOTES_URL: sources link to the notes there. Default: no links. */
  notesUrl?: string;
}

export interface Assistant {
  handle(message: Incoming): Promise<Reply>;
}

export function createAssistant(options: AssistantOptions): Assistant {
  const now = options.now ?? Date.now;
  const { store, knowledge } = options;
  const quiz = new QuizService({ store, items: () => knowledge.current.quizItems, now, random: options.random });
  const onboarding = options.onboarding ?? new Onboarding({ store, knowledge, now });
  const perMinute = options.rateLimitPerMinute ?? 20;
  const limiter = store.sharedLimiter?.(perMinute) ?? memoryLimiter(perMinute);
  const guards = createGuards({ adminUserIds: options.adminUserIds, rateLimitPerMinute: perMinute, limiter });
  const run = async (r: Route, message: Incoming): Promise<Reply> => {
    const refused = await guards.check(r, message);
    if (refused) return refused;
    const handler = handlers[r.type] as (r: Route, message: Incoming) => Promise<Reply>;
    return handler(r, message);
  };
  const handlers = createHandlers({
    knowledge,
    store,
    quiz,
    onboarding,
    experts: new Set(options.expertPlatforms ?? []),
    answerer: options.answerer ?? inThreadAnswerer,
    isAdmin: guards.isAdmin,
    now,
    run,
  });
  const notesUrl = options.notesUrl;
  if (!notesUrl) return { handle: (message) => run(route(message), message) };
  return { handle: async (message) => linkSources(await run(route(message), message), notesUrl) };
}
