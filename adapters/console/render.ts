// Reply -> terminal text: markdown-lite becomes plain text (bold/dim via ANSI only when allowed, no
// raw `**`, backticks or `>`), a quiz reads verdict → explanation → source → next question, and
// follow-up questions are numbered so typing the number asks them. Wrapped to the terminal width.
import type { Action, QuizView, Reply } from '../../src/index.js';
import { formatSource } from '../../src/index.js';
import { bold, dim, type TerminalStyle } from './terminal.js';
import { wrapText } from './wrap.js';

/** What the console shows when no terminal is known: 80 columns, no colour. */
export const PLAIN: TerminalStyle = { width: 80, color: false };

/** The hint under a quiz question: the console has no buttons. */
export const ANSWER_HINT = 'O 또는 X로 답하세요 (모르면 "모르겠어")';

/** Markdown-lite inline and line markup -> terminal text. */
export function toTerminal(markdownLite: string, style: TerminalStyle): string {
  return markdownLite
    .split('\n')
    .map((line) => {
      const quote = /^(\s*)>\s?(.*)$/.exec(line);
      const text = quote ? `${quote[1] ?? ''}${dim(style, '│')} ${quote[2] ?? ''}` : line.replace(/^(\s*)[-*] /, '$1• ');
      return text.replace(/\*\*(.+?)\*\*/g, (_, inner: string) => bold(style, inner)).replace(/`([^`]+)`/g, '$1');
    })
    .join('\n');
}

/** The `ask` actions the user can pick by typing their number, in display order. */
export function numberedAsks(reply: Reply): Array<Extract<Action, { type: 'ask' }>> {
  return reply.actions.filter((a): a is Extract<Action, { type: 'ask' }> => a.type === 'ask');
}

function quizParts(reply: Reply, quiz: QuizView, style: TerminalStyle): string[] {
  const parts: string[] = [];
  const { result, question, score } = quiz;
  if (result) {
    const verdict = result.passed
      ? `🤷 ${bold(style, '패스')} — 정답은 ${bold(style, result.answer)} 예요.`
      : result.correct
        ? `⭕ ${bold(style, '정답!')} (정답: ${result.answer})`
        : `❌ ${bold(style, '오답')} — 정답은 ${bold(style, result.answer)} 예요.`;
    const lines = [verdict, `${dim(style, '│')} ${result.statement}`, toTerminal(result.explanation, style)];
    const source = reply.sources[0];
    if (source) lines.push(dim(style, `출처: ${formatSource(source)}`));
    parts.push(lines.join('\n'));
  }
  if (question) {
    parts.push(`${bold(style, `문제 ${question.index + 1}/${question.total}`)}  ${question.statement}\n» ${ANSWER_HINT}`);
  } else if (score) {
    // The cheer after the score lives in the body's last paragraph (src/quiz/render.ts).
    const last = reply.body.split('\n\n').at(-1) ?? '';
    parts.push(/점수/.test(last) ? toTerminal(last, style) : bold(style, `점수: ${score.correct}/${score.total}`));
  }
  return parts;
}

/** A reply as the console prints it (without the trailing blank line). */
export function renderConsole(reply: Reply, style: TerminalStyle = PLAIN): string {
  const parts: string[] = [];
  if (reply.title) parts.push(bold(style, reply.title));
  const quiz =
    reply.kind === 'quiz' && reply.quiz && (reply.quiz.result || reply.quiz.question || reply.quiz.score) ? reply.quiz : undefined;
  if (quiz) parts.push(...quizParts(reply, quiz, style));
  else if (reply.body) parts.push(toTerminal(reply.body, style));
  if (reply.comparison) {
    const { columns, rows } = reply.comparison;
    for (const row of rows) {
      const cells = row.cells.map((cell, i) => `  • ${columns[i] ?? ''}: ${toTerminal(cell || '-', style)}`);
      parts.push([bold(style, `■ ${row.aspect}`), ...cells].join('\n'));
    }
  }
  if (!quiz && reply.sources.length > 0) parts.push(reply.sources.map((s) => dim(style, `출처: ${formatSource(s)}`)).join('\n'));
  const asks = numberedAsks(reply);
  if (asks.length > 0) {
    const head = reply.kind === 'suggest' ? '골라 주세요 (번호 입력):' : '관련 질문 (번호 입력):';
    parts.push([dim(style, head), ...asks.map((a, i) => `  ${i + 1}) ${a.label}`)].join('\n'));
  }
  const hints: string[] = [];
  if (reply.actions.some((a) => a.type === 'quiz_command' && a.command === 'review')) hints.push('/kafka-quiz review 로 틀린 문제 복습');
  if (!quiz && reply.actions.some((a) => a.type === 'quiz_command' && a.command === '')) hints.push('/kafka-quiz 로 퀴즈 시작');
  if (hints.length > 0) parts.push(`» ${hints.join(' · ')}`);
  if (reply.notice) parts.push(dim(style, `(${reply.notice})`));
  return wrapText(parts.join('\n\n'), style.width);
}
