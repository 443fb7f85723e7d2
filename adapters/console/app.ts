// The console adapter, like hubot's shell adapter: a prompt on a terminal, or one answer per line
// of piped input (then exit at end of input). Used when no Slack or Teams credentials are set.
// Typing a follow-up's number asks it; a quiz start (as the core's route() reads the line) during a
// running quiz asks continue or restart. Lines go to the core as typed: the router reads commands.
import { clearLine, createInterface, cursorTo } from 'node:readline';
import { route, type Assistant, type Incoming, type Reply } from '../../src/index.js';
import { ANSWER_HINT, numberedAsks, renderConsole } from './render.js';
import { terminalStyle, type TerminalStyle } from './terminal.js';
import { wrapText } from './wrap.js';
import type { ConsoleNotices } from './notices.js';
import { APOLOGY } from '../shared/apology.js';
import { describeError } from '../shared/errors.js';

export interface ConsoleOptions {
  assistant: Assistant;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Show a prompt. Default: whether input is a TTY. */
  interactive?: boolean;
  /** Width and colour. Default: from `output` and the environment (terminal.ts). */
  style?: TerminalStyle;
  /** Printed once at start (mode, how to switch). */
  banner?: string;
  /** Lines to show between answers (a reload of the notes); printed above the prompt. Default: none. */
  notices?: ConsoleNotices;
  userId?: string;
}

const EXIT = /^(?:exit|quit|bye|종료|나가기|\/exit|\/quit)$/i;
// `/kafka-quiz <these>` does not start a quiz, so it never needs the continue-or-restart question.
const NOT_A_START =
  /^(?:stats?|통계|기록|me|top|leaderboard|rank(?:ing)?|순위|랭킹|help|도움말|도움|\?|stop|그만|quit|cancel|중지|[ox0]|pass|패스)$/i;
const STOP = /^(?:stop|그만|quit|cancel|중지)$/i;
const CONTINUE = /^(?:1|계속|이어서|continue|c)$/i;
const RESTART = /^(?:2|새로|다시|restart|new|r)$/i;

/** Run until `exit` or end of input. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const style = options.style ?? terminalStyle(output);
  // A resized terminal (SIGWINCH) wraps the next reply to its new width.
  const resized = () => Object.assign(style, { width: terminalStyle(output).width });
  if (!options.style) output.on('resize', resized);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const write = (text: string) => output.write(`${text}\n`);
  options.notices?.attach((line) => {
    if (!interactive) return void write(wrapText(line, style.width));
    // Above the prompt, which comes back with whatever was being typed.
    clearLine(output, 0);
    cursorTo(output, 0);
    write(wrapText(line, style.width));
    rl.prompt(true);
  });
  if (options.banner) write(wrapText(options.banner, style.width));
  const userId = options.userId ?? `console:${process.env.USER ?? 'local'}`;
  const who: Incoming = { platform: 'console', userId, rawUserId: userId };
  let last: Reply | undefined;
  /** The quiz reply whose question is waiting for an answer, if any. */
  let running: Reply | undefined;
  /** A `/kafka-quiz …` held back while the user chooses continue or restart. */
  let pendingStart: string | undefined;

  const handle = async (incoming: Incoming): Promise<Reply | undefined> => {
    try {
      return await options.assistant.handle(incoming);
    } catch (error) {
      write(`${APOLOGY} (${describeError(error).message})\n`);
      return undefined;
    }
  };
  const show = (reply: Reply) => {
    last = reply;
    if (reply.kind === 'quiz') running = reply.quiz?.question ? reply : undefined;
    write(`${renderConsole(reply, style)}\n`);
  };

  if (interactive) {
    rl.setPrompt('kafka> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (EXIT.test(text)) break;
    if (text === '') {
      if (interactive) rl.prompt();
      continue;
    }
    const reply = await respond(text);
    if (reply) show(reply);
    if (interactive) rl.prompt();
  }
  rl.close();
  output.off('resize', resized);

  async function respond(text: string): Promise<Reply | undefined> {
    if (pendingStart !== undefined) {
      const held = pendingStart;
      pendingStart = undefined;
      if (CONTINUE.test(text) && running?.quiz?.question) {
        const q = running.quiz.question;
        write(wrapText(`이어서 풀어요. 문제 ${q.index + 1}/${q.total}  ${q.statement}\n» ${ANSWER_HINT}\n`, style.width));
        return undefined;
      }
      if (RESTART.test(text)) {
        await handle({ ...who, command: 'kafka-quiz', text: 'stop' });
        running = undefined;
        return handle({ ...who, command: 'kafka-quiz', text: held });
      }
      // Anything else: the question is dropped and the line is read as usual.
    }
    const picked = /^\d{1,2}$/.test(text) && last ? numberedAsks(last)[Number(text) - 1] : undefined;
    if (picked) return handle({ ...who, action: picked });
    const routed = route({ ...who, text });
    const quiz = routed.type === 'quiz';
    const args = quiz ? routed.args : '';
    if (quiz && STOP.test(args)) running = undefined;
    if (quiz && running?.quiz?.question && !NOT_A_START.test(args)) {
      const q = running.quiz.question;
      pendingStart = args;
      write(
        wrapText(
          `진행 중인 퀴즈가 있어요 (문제 ${q.index + 1}/${q.total}). 1) 이어서 풀기  2) 새로 시작 — 번호를 입력하세요.\n`,
          style.width,
        ),
      );
      return undefined;
    }
    return handle({ ...who, text });
  }
}
