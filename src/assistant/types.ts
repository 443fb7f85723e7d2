// handle(message) -> Reply: the only door adapters use. Routes a message or a button press to the
// answer composer or the quiz, and keeps per-platform concerns (ids, rendering) out of both.
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import type { KnowledgeHolder } from '../knowledge/types.js';
import type { Onboarding } from '../onboarding/service.js';

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
}

export interface Assistant {
  handle(message: Incoming): Promise<Reply>;
}
