// Reply -> terminal text: markdown-lite becomes plain text (bold/dim via ANSI only when allowed, no
// raw `**`, backticks or `>`), commands as typed here (`quiz review`), facts and rows in columns padded
// by display width, a quiz that reads verdict → explanation → source → 더 알아보기 → next question with
// the answer hint last, and choices numbered once so typing the number picks them.
import stringWidth from 'string-width';
import type { Action, Comparison, Fact, QuizView, Reply, ReplyList } from '../../src/index.js';
import { bar, choicesOf, emphasise, sourceLines, sourceText, type AskAction } from '../../src/index.js';
import { typedCommands } from '../shared/commands.js';
import { bold, dim, type TerminalStyle } from './terminal.js';
import { wrapText } from './wrap.js';

/** What the console shows when no terminal is known: 80 columns, no colour. */
export const PLAIN: TerminalStyle = { width: 80, color: false };

/** The hint under a quiz question: the console has no buttons. */
export const ANSWER_HINT = 'O 또는 X로 답하세요 (모르면 "모르겠어")';

/** Markdown-lite inline and line markup -> terminal text; commands as typed here. */
export function toTerminal(markdownLite: string, style: TerminalStyle): string {
  return typedCommands(markdownLite)
    .split('\n')
    .map((line) => {
      const quote = /^(\s*)>\s?(.*)$/.exec(line);
      const text = quote ? `${quote[1] ?? ''}${dim(style, '│')} ${quote[2] ?? ''}` : line.replace(/^(\s*)[-*] /, '$1• ');
      return text.replace(/\*\*(.+?)\*\*/g, (_, inner: string) => bold(style, inner));
    })
    .join('\n');
}

/** `text` padded with spaces to `width` display columns (Korean counts two). */
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

/** What the user can pick by typing its number, in display order: choices, then rows to read. */
export function numberedAsks(reply: Reply): AskAction[] {
  if (reply.kind === 'quiz') return reply.actions.filter((a): a is AskAction => a.type === 'ask');
  const rows = (reply.lists ?? []).flatMap((l) => l.rows.flatMap((r) => (r.action?.type === 'ask' ? [r.action] : [])));
  return [...(choicesOf(reply)?.rows.map((c) => c.action) ?? []), ...rows];
}

function factLines(facts: Fact[], style: TerminalStyle): string {
  const width = Math.max(...facts.map((f) => stringWidth(f.label)));
  return facts.map((f) => `${dim(style, pad(f.label, width))}  ${f.value}`).join('\n');
}

function comparisonLines(comparison: Comparison, style: TerminalStyle): string[] {
  const width = Math.max(...comparison.columns.map((c) => stringWidth(c)));
  const parts = comparison.rows.map((row) => {
    const sides = comparison.columns.flatMap((column, i) => {
      const items = (row.cells[i] ?? '').split('\n').filter((item) => item.trim() !== '');
      const head = `  ${pad(column, width)} │ `;
      const indent = `  ${' '.repeat(width)} │ `;
      if (items.length <= 1) return [`${head}${toTerminal(items[0] ?? '-', style)}`];
      return items.map((item, k) => `${k === 0 ? head : indent}• ${toTerminal(item, style)}`);
    });
    return [bold(style, `■ ${row.aspect}`), ...sides].join('\n');
  });
  if (comparison.verdict) parts.push(`💡 ${bold(style, '노트의 권장')}: ${toTerminal(comparison.verdict, style)}`);
  return parts;
}

/** Rows with their labels padded to one width, so bars and notes line up; pickable rows numbered. */
function listLines(list: ReplyList, style: TerminalStyle, numbered: AskAction[]): string {
  const label = (r: ReplyList['rows'][number]) => `${r.mark ? `${r.mark} ` : ''}${r.label}`;
  const width = Math.max(0, ...list.rows.map((r) => stringWidth(label(r))));
  const rows = list.rows.map((r) => {
    const pick = r.action?.type === 'ask' ? numbered.indexOf(r.action) : -1;
    const command =
      r.action?.type === 'quiz_command' ? dim(style, `  → ${typedCommands(`\`/kafka-quiz ${r.action.command}\``, (c) => c)}`) : '';
    const number = pick >= 0 ? `  ${pick + 1}) ${r.action?.label}` : command;
    const progress = r.progress ? ` ${bar(r.progress.done, r.progress.total)}` : '';
    const note = r.note ? ` ${dim(style, r.note)}` : '';
    return `${pad(label(r), width)}${progress}${note}${number}`.trimEnd();
  });
  const empty = list.rows.length === 0 && list.empty ? [dim(style, list.empty)] : [];
  return [...(list.heading ? [bold(style, list.heading)] : []), ...rows, ...empty].join('\n');
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
    const source = sourceLines({ ...reply, title: undefined })[0];
    if (source) lines.push(dim(style, `출처: ${sourceText(source)}`));
    const more = reply.actions.findIndex((a) => a.type === 'ask');
    if (more >= 0) lines.push(dim(style, `1) ${reply.actions[more]!.label} (번호 입력)`));
    parts.push(lines.join('\n'));
  }
  if (question) {
    // The question and how to answer it come last, right above the prompt.
    parts.push(`${bold(style, `문제 ${question.index + 1}/${question.total}`)}  ${question.statement}\n» ${ANSWER_HINT}`);
  } else if (score) {
    const last = reply.body.split('\n\n').at(-1) ?? '';
    parts.push(/점수/.test(last) ? toTerminal(last, style) : bold(style, `점수: ${score.correct}/${score.total}`));
  }
  return parts;
}

/** The quiz commands a reply offers, as typed here. */
function commandHints(reply: Reply, quiz: boolean): string[] {
  const hints: string[] = [];
  const has = (command: string) => reply.actions.some((a: Action) => a.type === 'quiz_command' && a.command === command);
  if (has('review')) hints.push('quiz review 로 틀린 문제 복습');
  if (!quiz && has('')) hints.push('quiz 로 퀴즈 시작');
  return hints;
}

/** A reply as the console prints it (without the trailing blank line). */
export function renderConsole(reply: Reply, style: TerminalStyle = PLAIN): string {
  const parts: string[] = [];
  const quiz =
    reply.kind === 'quiz' && reply.quiz && (reply.quiz.result || reply.quiz.question || reply.quiz.score) ? reply.quiz : undefined;
  if (reply.title && !quiz) parts.push(bold(style, reply.title));
  if (quiz) parts.push(...quizParts(reply, quiz, style));
  else if (reply.body) parts.push(toTerminal(emphasise(reply.body, reply.emphasis), style));
  if (!quiz) {
    const numbered = numberedAsks(reply);
    if (reply.facts?.length) parts.push(factLines(reply.facts, style));
    if (reply.comparison) parts.push(...comparisonLines(reply.comparison, style));
    for (const list of reply.lists ?? []) parts.push(listLines(list, style, numbered));
    if (reply.question) parts.push([bold(style, reply.question.statement), reply.question.hint ?? ''].filter(Boolean).join('\n'));
    const sources = sourceLines(reply);
    if (sources.length > 0) parts.push(sources.map((s) => dim(style, `출처: ${sourceText(s)}`)).join('\n'));
    const choices = choicesOf(reply);
    if (choices) {
      const head = `${choices.label ?? '골라 주세요'} ${dim(style, '(번호 입력)')}`;
      parts.push([head, ...choices.rows.map((c, i) => `  ${i + 1}) ${c.text}${c.detail ? dim(style, ` — ${c.detail}`) : ''}`)].join('\n'));
    }
    const hints = commandHints(reply, false);
    if (hints.length > 0) parts.push(`» ${hints.join(' · ')}`);
  } else if (!quiz.question) {
    const hints = commandHints(reply, true);
    if (hints.length > 0) parts.push(`» ${hints.join(' · ')}`);
  }
  if (reply.notice) parts.splice(quiz?.question ? parts.length - 1 : parts.length, 0, dim(style, `(${toTerminal(reply.notice, style)})`));
  return wrapText(parts.join('\n\n'), style.width);
}
