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

/**
 * Dedupe key part and lifetime for a press: an O/X counts once per question (a double click, or O
 * then X, records one answer); a vote or a share once per message; asks briefly, against double clicks.
 */
export function pressKey(action: Action, actionId: string): { key: string; ttlMs: number } {
  const day = 24 * 3_600_000;
  switch (action.type) {
    case 'quiz_answer':
      return { key: `quiz:${action.sessionId}:${action.index}`, ttlMs: day };
    case 'feedback':
      return { key: 'feedback', ttlMs: day };
    default:
      return { key: actionId, ttlMs: 10_000 };
  }
}
