// Zod schemas for what the stores write and read back (session rows, answer JSON, feedback),
// so a corrupt or foreign row fails loudly at the store boundary instead of deep in the quiz.
import { z } from 'zod';
import { ChoiceSchema } from '../model/action-schema.js';
import { KafkaBotError } from '../model/errors.js';
import type { FeedbackRecord, QuizSession, RecordedAnswer, UnansweredRecord } from './store.js';

const choice = ChoiceSchema;
const epochMs = z.number().finite().nonnegative();

export const RecordedAnswerSchema = z.object({
  index: z.number().int().nonnegative(),
  itemId: z.string(),
  choice,
  correct: z.boolean(),
  at: epochMs,
}) satisfies z.ZodType<RecordedAnswer>;

export const ItemIdsSchema = z.array(z.string());

/** A brand-new session as `createSession` accepts it: no answers yet, at question 0. */
export const NewSessionSchema = z.object({
  id: z.string().min(1),
  userId: z.string().min(1),
  userName: z.string().optional(),
  itemIds: ItemIdsSchema.min(1),
  current: z.literal(0),
  mode: z.enum(['quiz', 'review']),
  topic: z.string().optional(),
  startedAt: epochMs,
  updatedAt: epochMs,
  finishedAt: z.never().optional(),
  answers: z.array(RecordedAnswerSchema).max(0),
});

export const FeedbackSchema = z.object({
  userId: z.string(),
  platform: z.string(),
  question: z.string(),
  ref: z.string(),
  vote: z.enum(['up', 'down']),
  at: epochMs,
}) satisfies z.ZodType<FeedbackRecord>;

export const UnansweredSchema = z.object({
  userId: z.string(),
  platform: z.string(),
  question: z.string(),
  at: epochMs,
}) satisfies z.ZodType<UnansweredRecord>;

/** Check a session handed to `createSession`; throws BAD_INPUT naming the problem. */
export function checkNewSession(session: QuizSession): void {
  const parsed = NewSessionSchema.safeParse(session);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'session'} ${i.message}`);
    throw new KafkaBotError('BAD_INPUT', `invalid new quiz session: ${problems.join('; ')}`);
  }
}

/** Parse JSON read back from a store with `schema`; throws STORE_UNAVAILABLE when it does not fit. */
export function parseStored<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new KafkaBotError('STORE_UNAVAILABLE', `stored ${what} is not JSON`, { cause: error });
  }
  return checkStored(schema, value, what);
}

/** Validate a value read back from a store (row or parsed JSON). */
export function checkStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new KafkaBotError('STORE_UNAVAILABLE', `stored ${what} is malformed: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return parsed.data;
}
