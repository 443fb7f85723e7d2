// A quiz Reply -> blocks: a context line with the counter once, the result of the last press (정답/
// 오답 with 더 알아보기 beside the explanation, its source once), the next question in bold with
// exactly two buttons O (primary) and X (danger), or the final score. Updated in place.
import type { Reply } from '../../src/index.js';
import { sourceLines } from '../../src/index.js';
import { escapeMrkdwn, slackBold, toMrkdwn } from './escape.js';
import { ACTION_PREFIX, button, context, header, row, section, type Block } from './blocks.js';
import { sourceContext } from './render-parts.js';

/** Blocks for `reply.quiz`; empty when the view has nothing to draw (help, stats: body instead). */
export function renderQuiz(reply: Reply): Block[] {
  const quiz = reply.quiz;
  if (!quiz || (!quiz.result && !quiz.question && !quiz.score)) return [];
  const { result, question, score } = quiz;
  const counter = question ? ` · 문제 ${question.index + 1}/${question.total}` : '';
  const blocks: Block[] = [context([`🧩 ${slackBold(escapeMrkdwn(reply.title ?? 'Kafka 퀴즈'))}${counter}`])];
  if (result) {
    const verdict = result.passed
      ? `🤷 ${slackBold('패스')} — 정답은 ${slackBold(result.answer)}`
      : result.correct
        ? `✅ ${slackBold('정답!')} (${result.answer})`
        : `❌ ${slackBold('오답')} — 정답은 ${slackBold(result.answer)}`;
    const text = [verdict, `> ${escapeMrkdwn(result.statement)}`, toMrkdwn(result.explanation)].join('\n');
    const more = reply.actions.find((a) => a.type === 'ask');
    blocks.push(row(text, more && button(more, `${ACTION_PREFIX}ask:more`, undefined, '더 알아보기')));
    blocks.push(...sourceContext(sourceLines({ ...reply, title: undefined })));
  }
  if (question) {
    if (result) blocks.push({ type: 'divider' });
    blocks.push(section(slackBold(escapeMrkdwn(question.statement))));
    const presses = reply.actions.filter((a) => a.type === 'quiz_answer' && a.index === question.index);
    const buttons = presses.map((a) => button(a, `${ACTION_PREFIX}quiz_answer:${a.label}`, a.label === 'O' ? 'primary' : 'danger'));
    if (buttons.length > 0)
      blocks.push({ type: 'actions', block_id: `quiz:${quiz.sessionId}:${question.index}`.slice(0, 255), elements: buttons });
    blocks.push(context(['맞으면 O, 틀리면 X · 모르면 `모르겠어`']));
  }
  if (score) {
    if (result) blocks.push({ type: 'divider' });
    const cheer =
      reply.body
        .split('\n\n')
        .at(-1)
        ?.replace(/^점수 \*\*\d+\/\d+\*\* — /, '') ?? '';
    blocks.push(header(`🏁 ${score.correct} / ${score.total}`), section(toMrkdwn(cheer)));
  }
  return blocks;
}
