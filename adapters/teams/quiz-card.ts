// The quiz card: a header with the counter once, the verdict by its explanation (with 더 알아보기 right
// there), the statement large and bold, O/X as styled Universal Actions (`Action.Execute` verb
// `quiz_answer`, an `Action.Submit` fallback), the score large. In channels and group chats the card
// everyone sees is read-only and `refresh.userIds` = the owner, whose client fetches the live card.
import type { Action, QuizView, Reply } from '../../src/index.js';
import { sourceLines, sourceText } from '../../src/index.js';
import { columns, container, execute, heading, submit, subtle, textBlock, type CardElement } from './card.js';
import { teamsText } from './text.js';
import { fromView, toView } from './view-data.js';

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

/** O as the positive button, X as the destructive one (Slack: primary, danger). */
export function choiceButton(action: Action, verb: string, data: CardElement = {}): CardElement {
  const positive = 'choice' in action && action.choice === 'O';
  return execute(action, verb, { style: positive ? 'positive' : 'destructive' }, data);
}

/** Whether this audience sees the quiz without its O/X buttons. */
export function isReadOnly(reply: Reply, audience: QuizAudience | undefined): boolean {
  return Boolean(audience?.shared && !audience.live && reply.quiz?.question);
}

/** What others see instead of the buttons (the owner's own client refreshes to the live card). */
export function readOnlyNote(audience: QuizAudience): CardElement {
  const who = audience.ownerName ? `${audience.ownerName}님이` : '다른 분이';
  return subtle(`👀 ${who} 푸는 퀴즈예요. 나도 풀려면 @Kafka Bot 에게 **quiz** 라고 보내 보세요.`, { separator: true, spacing: 'Medium' });
}

/** `refresh` for a shared quiz card still waiting for an answer: the owner's client fetches the live view. */
export function refreshFor(reply: Reply, audience: QuizAudience | undefined): CardElement | undefined {
  if (!audience?.shared || !reply.quiz?.question) return undefined;
  return {
    action: { type: 'Action.Execute', verb: REFRESH_VERB, title: '새로 고침', data: { kafkaBotView: toView(reply) } },
    userIds: [audience.ownerId],
  };
}

/** The quiz reply a `quiz_refresh` invoke carries, or undefined when the data is not ours. */
export function viewFromRefresh(data: unknown): Reply | undefined {
  const reply = fromView((data as { kafkaBotView?: unknown } | null)?.kafkaBotView);
  return reply?.kind === 'quiz' && reply.quiz ? reply : undefined;
}

function verdictBlocks(reply: Reply, quiz: QuizView): CardElement[] {
  const result = quiz.result!;
  const verdict = result.passed
    ? `🤷 패스 — 정답은 ${result.answer}`
    : result.correct
      ? `✅ 정답이에요 (${result.answer})`
      : `❌ 오답 — 정답은 ${result.answer}`;
  const source = sourceLines({ ...reply, title: undefined })[0];
  const more = reply.actions.find((a) => a.type === 'ask');
  const foot: Array<[number | 'auto' | 'stretch', CardElement[]]> = [];
  if (source) foot.push(['stretch', [subtle(`📄 ${sourceText(source)}`, { spacing: 'None' })]]);
  if (more) foot.push(['auto', [subtle(`${more.label} ›`, { spacing: 'None', color: 'Accent', weight: 'Bolder' })]]);
  return [
    container(
      [
        textBlock(verdict, { weight: 'Bolder', color: result.correct ? 'Good' : 'Attention' }),
        subtle(`“${result.statement}”`, { spacing: 'Small' }),
        textBlock(teamsText(result.explanation), { spacing: 'Small' }),
        ...(foot.length > 0 ? [columns(foot, { spacing: 'Small', ...(more && { selectAction: submit(more) }) })] : []),
      ],
      { style: 'emphasis', spacing: 'Medium' },
    ),
  ];
}

/** The quiz view's blocks and its buttons (O/X unless read-only; review and again at the end). */
export function quizCard(reply: Reply, readOnly: boolean): { body: CardElement[]; actions: CardElement[] } {
  const quiz = reply.quiz!;
  const { question, score } = quiz;
  const counter = question ? `${question.index + 1} / ${question.total}` : '';
  const body: CardElement[] = [
    columns([
      ['stretch', [textBlock(`🧩 ${reply.title ?? 'Kafka 퀴즈'}`, { weight: 'Bolder', color: 'Accent', spacing: 'None' })]],
      ...(counter ? [['auto', [subtle(counter, { spacing: 'None' })]] as [string, CardElement[]]] : []),
    ] as Array<[number | 'auto' | 'stretch', CardElement[]]>),
  ];
  if (quiz.result) body.push(...verdictBlocks(reply, quiz));
  if (question) {
    body.push(heading(question.statement, { spacing: 'Medium', style: 'default' }));
    body.push(subtle('맞으면 O, 틀리면 X'));
  }
  if (score) {
    const cheer =
      reply.body
        .split('\n\n')
        .at(-1)
        ?.replace(/^점수 \*\*\d+\/\d+\*\* — /, '') ?? '';
    body.push(
      textBlock(`🏁 ${score.correct} / ${score.total}`, { size: 'ExtraLarge', weight: 'Bolder', spacing: 'Medium', color: 'Accent' }),
      textBlock(teamsText(cheer), { spacing: 'None' }),
    );
  }
  const presses = question && !readOnly ? reply.actions.filter((a) => a.type === 'quiz_answer' && a.index === question.index) : [];
  const actions = [
    ...presses.map((a) => choiceButton(a, QUIZ_VERB)),
    ...reply.actions.filter((a) => a.type === 'quiz_command').map((a, i) => submit(a, i === 0 ? { style: 'positive' } : {})),
  ];
  return { body, actions };
}
