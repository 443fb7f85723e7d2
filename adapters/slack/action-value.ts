// Button values round-trip a core Action as JSON; this validates one coming back from Slack
// (never trusted as is) and says how presses of it are deduplicated.
import { parseAction, type Action } from '../../src/index.js';

/** The Action in a button value, or undefined when it is not one of ours. */
export function decodeAction(value: string | undefined): Action | undefined {
  if (!value) return undefined;
  try {
    return parseAction(JSON.parse(value));
  } catch {
    return undefined;
  }
}

/** How presses of one button are deduplicated. */
export interface PressKey {
  key: string;
  ttlMs: number;
  /**
   * Claimed in the store (across replicas and restarts) when true; only while in flight in this
   * process when false, because something durable already dedupes it (the store records one answer
   * per question and shows the current state to a repeated press).
   */
  durable: boolean;
}

/**
 * Dedupe key for a press: an O/X while it is being handled (the quiz store keeps the first answer per
 * question, so a later press shows where the quiz stands); a vote or a share once per message; asks
 * briefly, against double clicks. Durable claims are released when the work fails before it counted.
 */
export function pressKey(action: Action, actionId: string): PressKey {
  const day = 24 * 3_600_000;
  switch (action.type) {
    case 'quiz_answer':
      return { key: `quiz:${action.sessionId}:${action.index}`, ttlMs: 0, durable: false };
    case 'feedback':
      return { key: 'feedback', ttlMs: day, durable: true };
    default:
      return { key: actionId, ttlMs: 10_000, durable: true };
  }
}
