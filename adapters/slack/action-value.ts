// Button values round-trip a core Action as JSON; this validates one coming back from Slack
// (never trusted as is) and says how presses of it are deduplicated.
import { z } from 'zod';
import type { Action } from '../../src/index.js';

const choice = z.enum(['O', 'X']);
const ActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ask'), label: z.string(), question: z.string().max(2000) }),
  z.object({
    type: z.literal('feedback'),
    label: z.string(),
    vote: z.enum(['up', 'down']),
    question: z.string().max(2000),
    ref: z.string().max(500),
  }),
  z.object({
    type: z.literal('quiz_answer'),
    label: choice,
    sessionId: z.string().min(1).max(200),
    index: z.number().int().min(0),
    choice,
  }),
  z.object({ type: z.literal('quiz_command'), label: z.string(), command: z.string().max(200) }),
]);

/** The Action in a button value, or undefined when it is not one of ours. */
export function decodeAction(value: string | undefined): Action | undefined {
  if (!value) return undefined;
  try {
    const parsed = ActionSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
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
