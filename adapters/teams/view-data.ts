// A reply carried in a card's Action.Execute data so the bot can draw the same card again for one
// user (a quiz refresh, a 👍 that updates the answer card in place): the reply without its `text`,
// checked with zod on the way back, since the client sends it.
import { z } from 'zod';
import { ActionSchema, ChoiceSchema, finishReply, type Reply } from '../../src/index.js';

const Str = (max: number) => z.string().max(max);
const SourceSchema = z.object({
  title: Str(500),
  file: Str(500),
  line: z.number().int(),
  endLine: z.number().int(),
  breadcrumb: z.array(Str(500)).max(20),
  url: Str(2000).optional(),
});
const RowSchema = z.object({
  label: Str(1000),
  mark: Str(20).optional(),
  progress: z.object({ done: z.number(), total: z.number() }).optional(),
  note: Str(500).optional(),
  person: z.object({ userId: Str(300), name: Str(300).optional() }).optional(),
  action: ActionSchema.optional(),
});
const QuizSchema = z.object({
  sessionId: Str(200),
  userId: Str(300),
  result: z
    .object({
      statement: Str(2000),
      chosen: ChoiceSchema,
      answer: ChoiceSchema,
      correct: z.boolean(),
      passed: z.boolean().optional(),
      explanation: Str(4000),
    })
    .optional(),
  question: z.object({ index: z.number().int().min(0), total: z.number().int().min(1), statement: Str(2000), itemId: Str(200) }).optional(),
  score: z.object({ correct: z.number().int(), total: z.number().int() }).optional(),
});
const ViewSchema = z.object({
  kind: z.enum(['answer', 'comparison', 'no_answer', 'suggest', 'help', 'quiz', 'notice', 'error']),
  title: Str(300).optional(),
  body: Str(6000),
  emphasis: z.array(Str(100)).max(10).optional(),
  facts: z
    .array(z.object({ label: Str(200), value: Str(200) }))
    .max(20)
    .optional(),
  comparison: z
    .object({
      columns: z.array(Str(300)).max(4),
      rows: z.array(z.object({ aspect: Str(300), cells: z.array(Str(3000)).max(4) })).max(20),
      verdict: Str(1000).optional(),
    })
    .optional(),
  lists: z
    .array(z.object({ heading: Str(300).optional(), rows: z.array(RowSchema).max(30), empty: Str(300).optional() }))
    .max(6)
    .optional(),
  sources: z.array(SourceSchema).max(5),
  actions: z.array(ActionSchema).max(12),
  question: z.object({ statement: Str(2000), hint: Str(500).optional() }).optional(),
  quiz: QuizSchema.optional(),
  notice: Str(500).optional(),
  private: z.boolean().optional(),
});

export type ReplyView = Omit<Reply, 'text'>;

/** The reply as card data: without its `text` (recomputed when read back). */
export function toView(reply: Reply): ReplyView {
  const { text: _text, ...view } = reply;
  return view;
}

/** The reply a card's data carries, or undefined when the data is not a view of ours. */
export function fromView(data: unknown): Reply | undefined {
  const parsed = ViewSchema.safeParse(data);
  if (!parsed.success) return undefined;
  // Optional fields absent, not undefined: exactOptionalPropertyTypes-style replies compare equal.
  const view = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as ReplyView;
  return finishReply(view);
}
