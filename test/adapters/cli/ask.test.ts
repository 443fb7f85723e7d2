// `npm run ask` as a real process: `--stdin` skips blank lines and separates plain answers with a
// `---` line (JSON stays one object per line), unknown flags print usage and exit 2, `.env` is read.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempKnowledge } from '../../helpers/knowledge.js';

const ROOT = process.cwd();
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const ASK = path.join(ROOT, 'adapters/cli/ask.ts');

function ask(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const all = { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), ...options.env };
  const env = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
  const result = spawnSync(process.execPath, ['--import', TSX, ASK, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('--stdin: one answer per non-blank line, plain answers separated by a --- line', () => {
    const { code, stdout } = ask(['--stdin'], { input: '브로커 메모리 얼마나?\n\n   \nRAID10 vs RAID5\n' });
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split('\n---\n');
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('메모리');
    expect(answers[1]).toContain('RAID');
    expect(stdout.startsWith('---')).toBe(false);
  });

  it('--stdin --json: one JSON object per non-blank line, no separators', () => {
    const { code, stdout } = ask(['--stdin', '--json'], { input: '브로커 메모리 얼마나?\n\nhelp\n' });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { kind: string }).kind)).toEqual(['answer', 'help']);
  });

  it('an unknown flag prints the problem and usage on stderr and exits 2', () => {
    const { code, stdout, stderr } = ask(['--jsn', '질문']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("Unknown option '--jsn'");
    expect(stderr).toContain('usage: npm run ask');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('no question prints usage and exits 2; --help exits 0', () => {
    expect(ask([]).code).toBe(2);
    const help = ask(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: npm run ask');
  });

  it('reads .env from the working directory, never over a variable already set', async () => {
    const other = await tempKnowledge({
      'other.md': '# 다른 노트\n\n## 스키마 레지스트리\n\n- 스키마 레지스트리는 Avro 스키마를 저장한다.\n',
    });
    const cwd = await mkdtemp(path.join(tmpdir(), 'kb-ask-'));
    await writeFile(path.join(cwd, '.env'), `KNOWLEDGE_DIR=${other}\n`);
    const fromDotEnv = ask(['스키마 레지스트리'], { cwd, env: { KNOWLEDGE_DIR: undefined } });
    expect(fromDotEnv.stdout).toContain('Avro');
    const fromEnv = ask(['스키마 레지스트리'], { cwd });
    expect(fromEnv.stdout).not.toContain('Avro');
  });

  it('writes the knowledge snapshot to DATA_DIR and answers alike from it; --no-snapshot and KNOWLEDGE_SNAPSHOT=0 skip it', async () => {
    const data = await mkdtemp(path.join(tmpdir(), 'kb-ask-data-'));
    const first = ask(['--json', '브로커 메모리 얼마나?'], { env: { DATA_DIR: data } });
    expect((await readdir(data)).filter((f) => f.endsWith('.snapshot'))).toHaveLength(1);
    const second = ask(['--json', '브로커 메모리 얼마나?'], { env: { DATA_DIR: data } });
    expect(second.stdout).toBe(first.stdout);
    for (const [args, env] of [
      [['--no-snapshot'], {}],
      [[], { KNOWLEDGE_SNAPSHOT: '0' }],
    ] as const) {
      const empty = await mkdtemp(path.join(tmpdir(), 'kb-ask-data-'));
      const run = ask([...args, '--json', '브로커 메모리 얼마나?'], { env: { DATA_DIR: empty, ...env } });
      expect(run.stdout).toBe(first.stdout);
      expect(await readdir(empty)).toEqual([]);
    }
  });
});
