// `npm start` in console mode as a real process: on a pseudo-terminal (util-linux `script`) it styles
// with ANSI and wraps to COLUMNS, and NO_COLOR turns styling off; over piped input it reads `.env`
// without overriding the environment, and reloads the notes on change and on SIGHUP.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { afterEach, describe, expect, it } from 'vitest';
import { tempKnowledge } from '../../helpers/knowledge.js';

const ROOT = process.cwd();
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = path.join(ROOT, 'adapters/main.ts');
const haveScript = spawnSync('script', ['--version']).status === 0;
if (!haveScript) console.warn('SKIPPED: util-linux script not found: console pseudo-terminal tests');

const NOTE = '# 테스트 노트\n\n## KRaft 모드\n\n- KRaft 모드는 주키퍼 없이 메타데이터를 직접 관리한다.\n';
const MORE = `${NOTE}\n## 컨슈머 랙 모니터링\n\n- 컨슈머 랙은 burrow 대시보드로 확인한다.\n`;

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A child whose output is collected, with a way to wait for some text to appear. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  children.push(child);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const waitFor = async (check: (text: string) => boolean, what: string, retry?: () => void): Promise<void> => {
    const deadline = Date.now() + 20_000;
    let nextRetry = Date.now() + 500;
    while (!check(out)) {
      if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before ${what}:\n${out}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${out}`);
      if (retry && Date.now() > nextRetry) {
        retry();
        nextRetry = Date.now() + 500;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, waitFor, exited };
}

async function workDir(): Promise<{ cwd: string; knowledge: string }> {
  const knowledge = await tempKnowledge({ 'note.md': NOTE });
  const cwd = await mkdtemp(path.join(tmpdir(), 'kb-console-'));
  return { cwd, knowledge };
}

describe.skipIf(!haveScript)('console on a pseudo-terminal', () => {
  const onPty = async (extra: Record<string, string>) => {
    const { cwd, knowledge } = await workDir();
    const cmd = `${process.execPath} --import ${TSX} ${MAIN}`;
    const env = {
      KNOWLEDGE_DIR: knowledge,
      DATA_DIR: path.join(cwd, 'data'),
      KNOWLEDGE_WATCH: '0',
      COLUMNS: '44',
      TERM: 'xterm',
      ...extra,
    };
    const p = run('script', ['-qfec', cmd, '/dev/null'], cwd, env);
    await p.waitFor((t) => t.includes('kafka> '), 'the prompt');
    p.child.stdin.write('KRaft 모드가 뭐야?\r');
    await p.waitFor((t) => t.includes('주키퍼'), 'the answer');
    p.child.stdin.write('exit\r');
    expect(await p.exited).toBe(0);
    return p.output();
  };

  it('shows a prompt, styles the title in bold and the source dim, and wraps to COLUMNS', async () => {
    const out = await onPty({});
    expect(out).toContain('\u001b[1m');
    expect(out).toContain('\u001b[2m출처: ');
    const answer = stripAnsi(out.slice(out.indexOf('KRaft 모드가 뭐야?'))).replace(/\r/g, '');
    const lines = answer.split('\n').filter((l) => l.trim() && !l.includes('kafka>'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(44);
  });

  it('never styles with NO_COLOR', async () => {
    const out = await onPty({ NO_COLOR: '1' });
    expect(out).not.toContain('\u001b[1m');
    expect(out).not.toContain('\u001b[2m');
    expect(out).toContain('출처: ');
  });
});

describe('console over piped input', () => {
  const ask = (p: ReturnType<typeof run>, question: string) => () => p.child.stdin.write(`${question}\n`);

  it('reads .env without overriding variables already set, and reloads notes when a file changes', async () => {
    const { cwd, knowledge } = await workDir();
    // RATE_LIMIT_PER_MINUTE in .env is invalid: the start only succeeds if the environment's value wins.
    await writeFile(path.join(cwd, '.env'), `KNOWLEDGE_DIR=${knowledge}\nRATE_LIMIT_PER_MINUTE=not-a-number\nKNOWLEDGE_WATCH=1\n`);
    const p = run(process.execPath, ['--import', TSX, MAIN], cwd, { RATE_LIMIT_PER_MINUTE: '20', DATA_DIR: path.join(cwd, 'data') });
    await p.waitFor((t) => t.includes('console mode'), 'the banner');
    expect(p.output()).toContain(`in ${knowledge}`);
    ask(p, 'KRaft 모드가 뭐야?')();
    await p.waitFor((t) => t.includes('주키퍼 없이'), 'the first answer');
    await writeFile(path.join(knowledge, 'note.md'), MORE);
    await p.waitFor((t) => t.includes('burrow'), 'an answer from the changed note', ask(p, '컨슈머 랙 모니터링'));
    p.child.stdin.end();
    expect(await p.exited).toBe(0);
  });

  it('reloads notes on SIGHUP when watching is off', async () => {
    const { cwd, knowledge } = await workDir();
    const p = run(process.execPath, ['--import', TSX, MAIN], cwd, {
      KNOWLEDGE_DIR: knowledge,
      KNOWLEDGE_WATCH: '0',
      DATA_DIR: path.join(cwd, 'data'),
    });
    await p.waitFor((t) => t.includes('console mode'), 'the banner');
    await writeFile(path.join(knowledge, 'note.md'), MORE);
    ask(p, '컨슈머 랙 모니터링')();
    await p.waitFor((t) => t.includes('찾지 못했어요'), 'the answer before the reload');
    expect(p.output()).not.toContain('burrow');
    p.child.kill('SIGHUP');
    await p.waitFor((t) => t.includes('burrow'), 'an answer after SIGHUP', ask(p, '컨슈머 랙 모니터링'));
    p.child.stdin.end();
    expect(await p.exited).toBe(0);
  });
});
