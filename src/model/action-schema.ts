// Buttons carry a core Action out to a platform and back. What comes back is untrusted input:
// this schema is the one check every adapter runs before handing a press to the core.
import { z } from 'zod';
import type { Action, Choice } from './reply.js';

/** An O/X choice, wherever one is read back: buttons, stored answers, the quiz bank, cards. */
export const ChoiceSchema = z.enum(['O', 'X']) satisfies z.ZodType<Choice>;
const choice = ChoiceSchema;

export const ActionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ask'), label: z.string(), question: z.string().max(2000), ref: z.string().max(500).optional() }),
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
  z.object({ type: z.literal('daily_answer'), label: choice, postId: z.string().min(1).max(300), choice }),
  z.object({ type: z.literal('ask_expert'), label: z.string(), question: z.string().min(1).max(2000) }),
]);

/** The Action in a round-tripped value, or undefined when it is not one of ours. */
export function parseAction(value: unknown): Action | undefined {
  const parsed = ActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
