// `npm run ask` as a real process: `--stdin` skips blank lines and separates plain answers with a
// `---` line (JSON stays one object per line), unknown flags print usage and exit 2, `.env` is read
// (its unreadable lines and bad values named), plain text carries no markdown, and `--json` has the
// README's five keys for every kind, a failure included.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
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

  describe('what it prints (issue 23)', () => {
    const NOTE = [
      '# 운영 노트',
      '',
      '## 보관 규칙',
      '',
      '### 로그 보관',
      '애플리케이션 로그는 **30일** 동안 보관한다. 설정 키는 `log.retention.days` 이다.',
      '',
      '### 백업 보관',
      '설정 백업은 90일 동안 보관한다.',
      '',
      '### 감사 기록',
      '접근 기록은 1년 동안 남긴다.',
      '',
      '## 디스크',
      '',
      '### SSD',
      '- **특징**: 빠른 랜덤 읽기',
      '- **단점**: 비싸다',
      '',
      '### HDD',
      '- **특징**: 싼 용량',
      '- **단점**: 느린 랜덤 읽기',
      '',
    ].join('\n');
    const QUIZ =
      '- id: ssd-fast\n  statement: SSD는 랜덤 읽기가 빠르다.\n  answer: O\n  explanation: SSD의 **특징**은 빠른 랜덤 읽기예요.\n  section: SSD\n';
    const notes = () => tempKnowledge({ 'ops.md': NOTE, 'quiz/disk.yml': QUIZ });
    const KEYS = ['kind', 'text', 'sources', 'followUps', 'title'];

    it('--json: every kind has the five keys, title null when the reply has none, text without markdown', async () => {
      const knowledge = await notes();
      const questions = [
        '로그 보관 기간',
        'SSD vs HDD',
        '로그 백업 기록 보관',
        'Terraform 상태 파일',
        'help',
        '/kafka-quiz',
        'O',
        '/kafka-quiz stats',
      ];
      const run = ask(['--stdin', '--json', '--no-snapshot'], { input: questions.join('\n'), env: { KNOWLEDGE_DIR: knowledge } });
      expect(run.code).toBe(0);
      const failed = ask(['--json', '질문'], { env: { KNOWLEDGE_DIR: knowledge, RATE_LIMIT_PER_MINUTE: '-1' } });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('RATE_LIMIT_PER_MINUTE must be 1 or more');
      const lines = [...run.stdout.trim().split('\n'), failed.stdout.trim()].map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(new Set(lines.map((l) => l.kind))).toEqual(
        new Set(['answer', 'comparison', 'suggest', 'no_answer', 'help', 'quiz', 'notice', 'error']),
      );
      for (const line of lines) {
        expect(Object.keys(line), String(line.kind)).toEqual(KEYS);
        expect(typeof line.text).toBe('string');
        expect(line.text).not.toMatch(/\*\*|`|^> /m);
        expect(Array.isArray(line.sources) && Array.isArray(line.followUps)).toBe(true);
        expect(line.title === null || typeof line.title === 'string').toBe(true);
      }
      const noAnswer = lines.find((l) => l.kind === 'no_answer')!;
      expect(noAnswer.title).toBeNull();
      expect(lines.find((l) => l.kind === 'error')).toEqual({
        kind: 'error',
        text: 'invalid configuration: RATE_LIMIT_PER_MINUTE must be 1 or more',
        sources: [],
        followUps: [],
        title: null,
      });
    });

    it('plain text: help and answers print no **, backticks or > quotes', async () => {
      const knowledge = await notes();
      const help = ask(['--no-snapshot', 'help'], { env: { KNOWLEDGE_DIR: knowledge } });
      expect(help.stdout).toContain('/kafka-quiz');
      const quiz = ask(['--no-snapshot', '--stdin'], { input: '/kafka-quiz\nX\n', env: { KNOWLEDGE_DIR: knowledge } });
      expect(quiz.stdout).toContain('SSD의 특징은 빠른 랜덤 읽기예요');
      for (const { stdout } of [help, quiz, ask(['--no-snapshot', 'SSD 특징'], { env: { KNOWLEDGE_DIR: knowledge } })]) {
        expect(stdout).not.toMatch(/\*\*|`|^> /m);
      }
    });

    it('an empty notes folder: the reply names the folder it was given', async () => {
      const empty = path.join(await mkdtemp(path.join(tmpdir(), 'kb-ask-')), 'team-notes');
      await mkdir(empty);
      const run = ask(['--no-snapshot', 'RAID 10?'], { env: { KNOWLEDGE_DIR: empty } });
      expect(run.stdout).toContain(`${empty} 폴더에 .md 노트를 추가해 주세요`);
      expect(run.stdout).not.toContain('knowledge/');
    });

    it('.env: unreadable lines named by number, a bad value "(from .env)", never the value', async () => {
      const cwd = await mkdtemp(path.join(tmpdir(), 'kb-ask-'));
      await writeFile(path.join(cwd, '.env'), 'MICROSOFT_APP_PASSWORD=hunter2-secret\nhunter2 garbage line\nLOG_LEVEL=verbose\n');
      const run = ask(['질문'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('warning: .env line 2 is not NAME=value and was ignored');
      expect(run.stderr).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (from .env)');
      expect(run.stderr).toContain('MICROSOFT_APP_ID is required when MICROSOFT_APP_PASSWORD is set (MICROSOFT_APP_PASSWORD from .env)');
      expect(run.stderr).not.toContain('hunter2');
    });
  });
});
