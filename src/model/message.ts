// What an adapter hands the core: who said what, on which platform. Adapters translate their
// payloads into this and nothing else; the core never sees a Slack or Teams object.
import type { Action } from './reply.js';

export type Platform = 'console' | 'cli' | 'slack' | 'teams';

/** One incoming message or button press. */
export interface Incoming {
  platform: Platform;
  /** Platform-qualified user id, e.g. `slack:T1:U123` or `teams:29:abc`; quiz sessions belong to it. */
  userId: string;
  /** Display name, for the leaderboard (optional). */
  userName?: string;
  /** What the user typed, mention already removed. A slash command passes its text here. */
  text?: string;
  /** Which slash command carried `text`, if any (`/kafka-quiz 5` → 'kafka-quiz'). */
  command?: 'kafka' | 'kafka-quiz';
  /** A pressed button, round-tripped from a Reply's actions. */
  action?: Action;
  /** The channel/conversation it came from, when the platform says (`/kafka-quiz daily on` needs it). */
  channelId?: string;
  /** Platform ids of the user allowed to run admin commands are compared against this raw id. */
  rawUserId?: string;
}

export type { Action };
