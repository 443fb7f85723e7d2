// The console over piped input with the real assistant on the bundled notes: terminal text without
// raw markdown, wrapping by display width, the quiz read in order, pass, continue-or-restart, and
// numbered follow-ups (any reply, and kind `suggest`) picked by typing the number.
import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../adapters/console/app.js';
import { renderConsole } from '../../../adapters/console/render.js';
import { terminalStyle, type TerminalStyle } from '../../../adapters/console/terminal.js';
import { wrapLine } from '../../../adapters/console/wrap.js';
import { finishReply, route, type Assistant, type Incoming, type Reply } from '../../../src/index.js';
import { createAssistant, MemoryStore } from '../../../src/testing.js';
import { bundled } from '../../helpers/knowledge.js';

const NARROW: TerminalStyle = { width: 40, color: false };

/** Feed `lines` one at a time (each after the previous answer) and return everything printed. */
async function session(assistant: Assistant, lines: string[], style: TerminalStyle = NARROW): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runConsole({ assistant, input, output, interactive: false, style, userId: 'console:test' });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return printed;
}

async function realAssistant(): Promise<Assistant> {
  return createAssistant({ knowledge: { current: await bundled() }, store: new MemoryStore(), random: () => 0.25 });
}

describe('console rendering', () => {
  it('wraps by display width: Korean and emoji count two columns; bullets keep their indent', () => {
    const line = `  • ${'카프카 브로커는 메모리를 넉넉하게 두어야 해요 😀 '.repeat(3)}`;
    const wrapped = wrapLine(line, 30).split('\n');
    expect(wrapped.length).toBeGreaterThan(2);
    for (const part of wrapped) expect(stringWidth(part)).toBeLessThanOrEqual(30);
    expect(wrapped[0]?.startsWith('  • ')).toBe(true);
    for (const part of wrapped.slice(1)) expect(part).toMatch(/^ {4}\S/);
  });

  it('takes the width from COLUMNS, else 80 when not a TTY; colour only on a TTY without NO_COLOR', () => {
    const pipe = new PassThrough();
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    expect(terminalStyle(pipe, {})).toEqual({ width: 80, color: false });
    expect(terminalStyle(pipe, { COLUMNS: '60' })).toEqual({ width: 60, color: false });
    expect(terminalStyle(tty, {})).toEqual({ width: 120, color: true });
    expect(terminalStyle(tty, { NO_COLOR: '1', COLUMNS: '70' })).toEqual({ width: 70, color: false });
  });

  it('prints answers as terminal text: no **, backticks or > markers, no ANSI without colour', async () => {
    const assistant = await realAssistant();
    const out = await session(assistant, ['help', '브로커 메모리 얼마나?', 'RAID10 vs RAID5']);
    expect(out).not.toContain('**');
    expect(out).not.toContain('`');
    expect(out).not.toMatch(/^\s*>/m);
    expect(out).not.toContain('\u001b[');
    expect(out).toContain('출처: ');
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
  });

  it('uses bold and dim only when colour is on', () => {
    const reply = finishReply({ kind: 'answer', title: '제목', body: '**굵게** 그리고 `코드`\n> 인용', sources: [], actions: [] });
    const coloured = renderConsole(reply, { width: 80, color: true });
    expect(coloured).toContain('\u001b[1m굵게\u001b[22m');
    expect(stripAnsi(coloured)).toBe('제목\n\n굵게 그리고 코드\n│ 인용');
    expect(renderConsole(reply, { width: 80, color: false })).toBe('제목\n\n굵게 그리고 코드\n│ 인용');
  });
});

describe('console quiz', () => {
  it('says O 또는 X, and shows verdict, explanation and source before the next question', async () => {
    const out = await session(await realAssistant(), ['/kafka-quiz 2', 'O', 'X']);
    expect(out).toContain('O 또는 X로 답하세요');
    const verdict = out.search(/⭕ 정답!|❌ 오답/);
    const source = out.indexOf('출처: ', verdict);
    const second = out.indexOf('문제 2/2');
    expect(verdict).toBeGreaterThan(out.indexOf('문제 1/2'));
    expect(source).toBeGreaterThan(verdict);
    expect(second).toBeGreaterThan(source);
    expect(out).toMatch(/점수 \d\/2/);
    expect(out.match(/\d\/2 —/g)).toHaveLength(1);
    expect(out).not.toContain('**');
    // The answer hint is the last line before the prompt, and the console never mentions buttons.
    const last = out.slice(out.indexOf('문제 2/2'));
    expect(last.split('\n').findIndex((l) => l.includes('O 또는 X로 답하세요'))).toBeGreaterThan(0);
    expect(out).not.toContain('버튼');
  });

  it('"모르겠어" during a quiz is a miss with the explanation, not a search', async () => {
    const assistant = await realAssistant();
    const out = await session(assistant, ['/kafka-quiz 2', '모르겠어']);
    expect(out).toMatch(/🤷 패스 — 정답은 [OX] 예요/);
    expect(out).toContain('문제 2/2');
  });

  it('/kafka-quiz during a running quiz asks continue or restart; 1 continues, 2 restarts', async () => {
    const seen: Incoming[] = [];
    const real = await realAssistant();
    const assistant: Assistant = { handle: (m) => (seen.push(m), real.handle(m)) };
    const out = await session(assistant, ['/kafka-quiz 3', '/kafka-quiz', '1', 'quiz 2', '2']);
    expect(out.match(/진행 중인 퀴즈가 있어요 \(문제 1\/3\)/g)).toHaveLength(2);
    expect(out).toContain('이어서 풀어요. 문제 1/3');
    // Lines go to the core as typed; the restart sends the core's own command form.
    const starts = seen.map((m) => route(m)).flatMap((r) => (r.type === 'quiz' ? [r.args] : []));
    expect(starts).toEqual(['3', 'stop', '2']);
    expect(out).toContain('문제 1/2');
  });
});

describe('console follow-ups by number', () => {
  const suggest = (): Reply =>
    finishReply({
      kind: 'suggest' as Reply['kind'],
      body: '어떤 걸 찾으세요?',
      sources: [],

      actions: [
        { type: 'ask', label: 'RAID 5 (Striping with Parity)', question: 'RAID 5' },
        { type: 'ask', label: 'RAID 10', question: 'RAID 10' },
      ],
    });

  it('lists a suggest reply as numbered lines and asks the picked one', async () => {
    const seen: Incoming[] = [];
    const assistant: Assistant = {
      async handle(m) {
        seen.push(m);
        return m.action
          ? finishReply({ kind: 'answer', body: `답: ${m.action.type === 'ask' ? m.action.question : ''}`, sources: [], actions: [] })
          : suggest();
      },
    };
    const out = await session(assistant, ['raid', '2']);
    expect(out).toContain('  1) RAID 5 (Striping with Parity)\n  2) RAID 10');
    expect(seen[1]?.action).toEqual({ type: 'ask', label: 'RAID 10', question: 'RAID 10' });
    expect(out).toContain('답: RAID 10');
  });

  it("numbers an answer's follow-ups too, and a number beyond the list is an ordinary question", async () => {
    const assistant = await realAssistant();
    const out = await session(assistant, ['브로커 메모리 얼마나?', '1', '9']);
    expect(out).toMatch(/이어서 물어보기 \(번호 입력\)\n {2}1\) /);
    const answers = out.split('출처: ').length - 1;
    expect(answers).toBeGreaterThanOrEqual(2);
  });
});

describe('console layout', () => {
  it('keeps the hanging indent when colour is on (ANSI codes count as no columns)', () => {
    const style = { width: 30, color: true };
    const reply = finishReply({ kind: 'answer', body: `- **굵게** ${'카프카 브로커 메모리 '.repeat(4)}`, sources: [], actions: [] });
    const lines = renderConsole(reply, style).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(30);
    for (const line of lines.slice(1)) expect(stripAnsi(line)).toMatch(/^ {2}\S/);
  });

  it('wraps the next reply to the new width after the terminal is resized (SIGWINCH)', async () => {
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const assistant: Assistant = {
      handle: async () => finishReply({ kind: 'answer', body: '가'.repeat(60), sources: [], actions: [] }),
    };
    // COLUMNS, when set, wins over the terminal's own width: this test is about the terminal's.
    const columns = process.env.COLUMNS;
    delete process.env.COLUMNS;
    const done = runConsole({ assistant, input, output, interactive: false }).finally(() => {
      if (columns !== undefined) process.env.COLUMNS = columns;
    });
    input.write('하나\n');
    await new Promise((r) => setTimeout(r, 20));
    output.columns = 40;
    output.emit('resize');
    input.write('둘\n');
    input.end();
    await done;
    const [first, second] = printed.split('\n\n').filter((p) => p.includes('가'));
    expect(first!.split('\n')[0]).toBe('가'.repeat(50));
    expect(second!.split('\n')[0]).toBe('가'.repeat(20));
  });

  it('help names the learning path and the quiz as typed here', async () => {
    const out = (await session(await realAssistant(), ['help'])).replace(/\n\s*/g, ' ');
    expect(out).toContain('path');
    expect(out).toContain('quiz review');
    expect(out).not.toContain('/kafka-quiz');
  });
});
