// A quiz Reply -> blocks: the result of the last press (정답/오답, explanation, source), the next
// question with exactly two buttons `O` and `X`, or the final score `N/M`. Updated in place.
import type { Reply } from '../../src/index.js';
import { formatSource } from '../../src/index.js';
import { escapeMrkdwn, toMrkdwn } from './escape.js';
import { ACTION_PREFIX, button, context, section, type Block } from './blocks.js';

/** Blocks for `reply.quiz`; empty when the view has nothing to draw (help, stats: body instead). */
export function renderQuiz(reply: Reply): Block[] {
  const quiz = reply.quiz;
  if (!quiz || (!quiz.result && !quiz.question && !quiz.score)) return [];
  const blocks: Block[] = [];
  const { result, question, score } = quiz;
  if (result) {
    const verdict = result.passed ? '🤷 *패스*' : result.correct ? '✅ *정답*' : '❌ *오답*';
    const lines = [
      `${verdict} (고른 답 ${result.chosen}, 정답 ${result.answer})`,
      `> ${escapeMrkdwn(result.statement)}`,
      toMrkdwn(result.explanation),
    ];
    blocks.push(section(lines.filter(Boolean).join('\n')));
    const source = reply.sources[0];
    if (source) blocks.push(context([`📄 ${escapeMrkdwn(formatSource(source))}`]));
  }
  if (question) {
    blocks.push({ type: 'divider' });
    blocks.push(section(`*Q${question.index + 1}/${question.total}* ${escapeMrkdwn(question.statement)}`));
    const presses = reply.actions.filter((a) => a.type === 'quiz_answer' && a.index === question.index);
    const buttons = presses.map((a) => button(a, `${ACTION_PREFIX}quiz_answer:${a.label}`, a.label === 'O' ? 'primary' : 'danger'));
    if (buttons.length > 0)
      blocks.push({ type: 'actions', block_id: `quiz:${quiz.sessionId}:${question.index}`.slice(0, 255), elements: buttons });
  }
  if (score) {
    blocks.push({ type: 'divider' });
    blocks.push(section(`🏁 점수 *${score.correct}/${score.total}*`));
  }
  return blocks;
}
