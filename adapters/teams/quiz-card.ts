// Per-user quiz cards with Universal Actions: O/X are `Action.Execute` (verb `quiz_answer`) with an
// `Action.Submit` fallback for clients without Universal Actions. In channels and group chats the
// card everyone sees is read-only and `refresh.userIds` = the owner, whose client asks (verb
// `quiz_refresh`) for the live card; the refresh data carries the quiz view to draw it from.
import { z } from 'zod';
import { ActionSchema, ChoiceSchema, finishReply, type Action, type Reply } from '../../src/index.js';
import { submit, textBlock, type CardElement } from './card.js';

export const QUIZ_VERB = 'quiz_answer';
export const REFRESH_VERB = 'quiz_refresh';

/** Who a quiz card is drawn for. */
export interface QuizAudience {
  /** The owner's Teams id (`29:…`), what `refresh.userIds` lists. */
  ownerId: string;
  ownerName?: string;
  /** A channel or group chat: others see the card too. */
  shared: boolean;
  /** The owner's own view (an Action.Execute response or refresh): buttons even when shared. */
  live?: boolean;
}

/** An O/X button: Universal Action, falling back to Action.Submit with the same data. */
export function executeAction(action: Action): CardElement {
  return { type: 'Action.Execute', verb: QUIZ_VERB, title: action.label, data: { kafkaBot: action }, fallback: submit(action) };
}

/** Whether this audience sees the quiz without its O/X buttons. */
export function isReadOnly(reply: Reply, audience: QuizAudience | undefined): boolean {
  return Boolean(audience?.shared && !audience.live && reply.quiz?.question);
}

/** The line others see instead of the buttons. */
export function readOnlyNote(audience: QuizAudience): CardElement {
  const who = audience.ownerName ? `${audience.ownerName}님이` : '다른 분이';
  return textBlock(
    `👀 ${who} 푸는 퀴즈예요. 나도 풀려면 @Kafka Bot quiz 라고 보내 보세요. (버튼이 안 보이면 @Kafka Bot O 또는 X 로 답할 수 있어요.)`,
    {
      isSubtle: true,
      size: 'Small',
      separator: true,
    },
  );
}

/** `refresh` for a shared quiz card still waiting for an answer: the owner's client fetches the live view. */
export function refreshFor(reply: Reply, audience: QuizAudience | undefined): CardElement | undefined {
  if (!audience?.shared || !reply.quiz?.question) return undefined;
  const { text: _text, ...view } = reply;
  return {
    action: { type: 'Action.Execute', verb: REFRESH_VERB, title: '새로 고침', data: { kafkaBotView: view } },
    userIds: [audience.ownerId],
  };
}

const SourceSchema = z.object({
  title: z.string().max(500),
  file: z.string().max(500),
  line: z.number().int(),
  endLine: z.number().int(),
  breadcrumb: z.array(z.string().max(500)).max(20),
});
const ViewSchema = z.object({
  kind: z.literal('quiz'),
  title: z.string().max(300).optional(),
  body: z.string().max(6000),
  sources: z.array(SourceSchema).max(5),
  actions: z.array(ActionSchema).max(10),
  notice: z.string().max(500).optional(),
  quiz: z.object({
    sessionId: z.string().max(200),
    userId: z.string().max(300),
    result: z
      .object({
        statement: z.string().max(2000),
        chosen: ChoiceSchema,
        answer: ChoiceSchema,
        correct: z.boolean(),
        passed: z.boolean().optional(),
        explanation: z.string().max(4000),
      })
      .optional(),
    question: z
      .object({
        index: z.number().int().min(0),
        total: z.number().int().min(1),
        statement: z.string().max(2000),
        itemId: z.string().max(200),
      })
      .optional(),
    score: z.object({ correct: z.number().int(), total: z.number().int() }).optional(),
  }),
});

/** The quiz reply a `quiz_refresh` invoke carries, or undefined when the data is not ours. */
export function viewFromRefresh(data: unknown): Reply | undefined {
  const parsed = ViewSchema.safeParse((data as { kafkaBotView?: unknown } | null)?.kafkaBotView);
  if (!parsed.success) return undefined;
  const { title, notice, quiz, ...rest } = parsed.data;
  return finishReply({ ...rest, quiz, ...(title !== undefined && { title }), ...(notice !== undefined && { notice }) });
}
