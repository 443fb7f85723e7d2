// Quiz state -> neutral Reply: the question card (2/5, O and X buttons), the graded answer with its
// explanation and source, the final score, and the quiz's notices. Adapters only render these.
import type { QuizItem } from '../model/chunk.js';
import { askAction, type Action, type Choice, type Reply, type Source } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import type { QuizSession } from '../store/store.js';
import { score } from './engine.js';
import { TOPIC_KEYS, TOPIC_LABELS } from './topics.js';

/** The answer just given, for the reply that follows a press. */
export interface GradedAnswer {
  item: QuizItem;
  chosen: Choice;
  correct: boolean;
  /** The user passed ("모르겠어"): shown as a pass, counted as a miss. */
  passed?: boolean;
}

/** What a quiz reply shows. */
export interface QuizReplyInput {
  session: QuizSession;
  /** The current question's item; absent when the session is finished. */
  next?: QuizItem;
  result?: GradedAnswer;
  notice?: string;
}

/** Label of the "ask about this" button. */
export const ASK_LABEL = '이 내용 더 알아보기';

export function itemSource(item: QuizItem): Source {
  const { breadcrumb, file, line } = item.source;
  return { title: breadcrumb[breadcrumb.length - 1] ?? file, file, line, endLine: line, breadcrumb };
}

/** Button that starts a quiz with the given `/kafka-quiz` arguments. */
export function commandAction(label: string, command: string): Action {
  return { type: 'quiz_command', label, command };
}

function againCommand(session: QuizSession): string {
  if (session.mode === 'review') return String(session.itemIds.length);
  return [String(session.itemIds.length), session.topic].filter(Boolean).join(' ');
}

function cheer(correct: number, total: number): string {
  if (correct === total) return '만점이에요! 🎉';
  if (correct * 2 >= total) return '잘했어요! 틀린 문제는 `/kafka-quiz review` 로 다시 풀어 볼 수 있어요.';
  return '괜찮아요, 해설을 읽고 `/kafka-quiz review` 로 한 번 더 도전해 보세요.';
}

/**
 * What "더 알아보기" asks: the item's section by name, with its parent when the name alone is an
 * aspect or a label (`ext4 파일시스템 장점`, not a bare `장점` that another section answers).
 */
export function sectionQuestion(source: Source): string {
  const [parent, own] = [source.breadcrumb.at(-2), source.breadcrumb.at(-1) ?? source.title];
  const short = (t: string) => t.replace(/\s*\(.*\)\s*$/, '').trim() || t;
  return parent && own.length <= 6 ? `${short(parent)} ${own}` : own;
}

/** The quiz card: result of the last answer (if any), then the next question or the final score. */
export function renderQuiz(input: QuizReplyInput): Reply {
  const { session, next, result } = input;
  const total = session.itemIds.length;
  const index = session.current;
  const question = next !== undefined && index < total ? next : undefined;
  const finished = question === undefined;
  const parts: string[] = [];
  const actions: Action[] = [];
  const sources: Source[] = [];
  if (result) {
    const { item, correct } = result;
    const head = result.passed
      ? `🤷 **패스** — 정답은 **${item.answer}** 예요.`
      : correct
        ? `⭕ **정답!** (정답: ${item.answer})`
        : `❌ **오답** — 정답은 **${item.answer}** 예요.`;
    parts.push(`${head}\n> ${item.statement}\n${item.explanation}`);
    sources.push(itemSource(item));
  }
  const { correct, total: outOf } = score(session);
  if (question) {
    parts.push(`**문제 ${index + 1}/${total}** 맞으면 O, 틀리면 X\n${question.statement}`);
    for (const choice of ['O', 'X'] as const) {
      actions.push({ type: 'quiz_answer', label: choice, sessionId: session.id, index, choice });
    }
  } else {
    parts.push(`점수 **${correct}/${outOf}** — ${cheer(correct, outOf)}`);
  }
  if (result) {
    const source = itemSource(result.item);
    actions.push(askAction(sectionQuestion(source), ASK_LABEL));
  }
  if (finished) {
    actions.push(commandAction('틀린 문제 복습', 'review'));
    actions.push(commandAction('다시 풀기', againCommand(session)));
  }
  const reply: Omit<Reply, 'text'> = {
    kind: 'quiz',
    // The counter and the score are said once, in the body (and the card's own header).
    title: finished ? 'Kafka 퀴즈 결과' : 'Kafka 퀴즈',
    body: parts.join('\n\n'),
    sources,

    actions,
    quiz: {
      sessionId: session.id,
      userId: session.userId,
      ...(result && {
        result: {
          statement: result.item.statement,
          chosen: result.chosen,
          answer: result.item.answer,
          correct: result.correct,
          ...(result.passed && { passed: true }),
          explanation: result.item.explanation,
        },
      }),
      ...(question && { question: { index, total, statement: question.statement, itemId: question.id } }),
      ...(finished && { score: { correct, total: outOf } }),
    },
  };
  if (input.notice) reply.notice = input.notice;
  return finishReply(reply);
}

/** A plain notice (stats, top, help, usage, other user's press). */
export function renderNotice(
  title: string,
  body: string,
  opts: { actions?: Action[]; private?: boolean } & Pick<Reply, 'facts' | 'lists'> = {},
): Reply {
  const reply: Omit<Reply, 'text'> = { kind: 'notice', title, body, sources: [], actions: opts.actions ?? [] };
  if (opts.facts?.length) reply.facts = opts.facts;
  if (opts.lists?.length) reply.lists = opts.lists;
  if (opts.private) reply.private = true;
  return finishReply(reply);
}

/** Usage help for `/kafka-quiz`; `tagTopics` are the items' own tags (`consumer`). Default none. */
export function usageText(tagTopics: string[] = []): string {
  const topics = [...TOPIC_KEYS.map((k) => `\`${k}\` ${TOPIC_LABELS[k]}`), ...tagTopics.map((k) => `\`${k}\``)].join(', ');
  return [
    '**/kafka-quiz** — Kafka 운영 O/X 퀴즈 (기본 5문제)',
    '- `/kafka-quiz 10` 문제 수 (1~20)',
    `- \`/kafka-quiz raid\` 주제별: ${topics}`,
    '- `/kafka-quiz 10 raid` 둘 다',
    '- `/kafka-quiz review` (복습) 틀린 문제 다시 풀기',
    '- `/kafka-quiz stats` (통계) 내 기록 · `top` (순위) 팀 순위 · `stop` (그만) 멈추기 · `help` (도움말)',
    '답: `O` / `X` (o, x, 0, 맞다/아니다, true/false). 모르면 `모르겠어` / `pass`.',
  ].join('\n');
}
