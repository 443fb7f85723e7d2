// `npm start` reading `.env` as a real process: a line it cannot read is named by number on stderr
// (never its text), and a bad value from the file is named with "(from .env)", never printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = path.join(ROOT, 'adapters/main.ts');

function start(dotEnv: string, env: Record<string, string> = {}) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'kb-main-'));
  writeFileSync(path.join(cwd, '.env'), dotEnv);
  const run = spawnSync(process.execPath, ['--import', TSX, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    input: '',
    encoding: 'utf8',
  });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('npm start and .env', () => {
  it('names unreadable lines and the variables whose bad value came from .env, without a value', () => {
    const secret = 'xoxb-0000-very-secret';
    const run = start(
      `# mine\nSLACK_BOT_TOKEN=${secret}\nthis is not an assignment ${secret}\nRATE_LIMIT_PER_MINUTE=-1\nLOG_LEVEL=verbose\n`,
      {
        LOG_LEVEL: 'warn',
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('warning: .env line 3 is not NAME=value and was ignored');
    expect(run.stderr).toContain('Kafka Bot could not start: invalid configuration:');
    expect(run.stderr).toContain('RATE_LIMIT_PER_MINUTE must be 1 or more (from .env)');
    expect(run.stderr).toContain('SLACK_SIGNING_SECRET is required when any SLACK_* variable is set (SLACK_BOT_TOKEN from .env)');
    // LOG_LEVEL is set in the environment, so the file's value is never read.
    expect(run.stderr).not.toContain('LOG_LEVEL');
    expect(run.stderr).not.toContain(secret);
    expect(run.stderr).not.toContain('not an assignment');
  });
});
