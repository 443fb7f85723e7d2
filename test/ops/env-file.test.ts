// `.env`: read with dotenv's parser, never over a variable already set; lines dotenv skips are named
// by number (never their text), the skip finder agrees with dotenv.parse line for line, and the
// variables the file supplied are returned so config errors can say "(from .env)".
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'dotenv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEnvFile, unreadableLines } from '../../src/ops/env-file.js';

function envFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kb-env-')), '.env');
  writeFileSync(file, text);
  return file;
}

describe('.env', () => {
  it('sets what the environment lacks, never overrides, and names what it set', () => {
    const env: Record<string, string | undefined> = { PORT: '4000' };
    const file = envFile('PORT=5000\nLOG_LEVEL=debug\nexport TZ="Asia/Seoul"  # comment\n');
    const result = loadEnvFile({ file, env });
    expect(env).toEqual({ PORT: '4000', LOG_LEVEL: 'debug', TZ: 'Asia/Seoul' });
    expect([...result.fromFile].sort()).toEqual(['LOG_LEVEL', 'TZ']);
    expect(result.warnings).toEqual([]);
  });

  it('warns about each line it cannot read by number, never printing the line', () => {
    const secret = 'xoxb-12345-secret';
    const file = envFile(
      [
        '# Kafka Bot',
        'SLACK_SIGNING_SECRET=abc',
        '',
        `this line ${secret} is garbage`,
        'PORT 3000',
        'MULTI="first',
        'second"',
        '=no-name',
        '   # indented comment',
      ].join('\n'),
    );
    const env: Record<string, string | undefined> = {};
    const { warnings, fromFile } = loadEnvFile({ file, env });
    expect(warnings).toEqual([
      '.env line 4 is not NAME=value and was ignored',
      '.env line 5 is not NAME=value and was ignored',
      '.env line 8 is not NAME=value and was ignored',
    ]);
    expect(warnings.join()).not.toContain(secret);
    expect(env).toEqual({ SLACK_SIGNING_SECRET: 'abc', MULTI: 'first\nsecond' });
    expect(fromFile).toEqual(new Set(['SLACK_SIGNING_SECRET', 'MULTI']));
  });

  it('counts lines the same with CRLF line ends', () => {
    expect(unreadableLines('A=1\r\nnot a line\r\nB=2\r\n')).toEqual([2]);
  });

  it('a missing file is no error; an unreadable one is a warning', () => {
    expect(loadEnvFile({ file: path.join(tmpdir(), 'no-such-dir-kb', '.env'), env: {} })).toEqual({ fromFile: new Set(), warnings: [] });
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-env-'));
    const asDir = loadEnvFile({ file: dir, env: {} });
    expect(asDir.warnings).toEqual([`${path.basename(dir)} could not be read (EISDIR); it was ignored`]);
    if (process.getuid?.() !== 0) {
      const locked = envFile('A=1\n');
      chmodSync(locked, 0o000);
      expect(loadEnvFile({ file: locked, env: {} }).warnings).toEqual(['.env could not be read (EACCES); it was ignored']);
    }
  });

  it('a single line is flagged exactly when dotenv.parse reads nothing from it', () => {
    const piece = fc.constantFrom('A', 'b_1', '.', '-', '=', ':', ' ', '\t', '#', '"', "'", '`', 'x y', 'export ', '\\', '한');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const line = pieces.join('');
        const skipped = Object.keys(parse(line)).length === 0 && !/^\s*(#.*)?$/.test(line);
        expect(unreadableLines(line)).toEqual(skipped ? [1] : []);
      }),
      { numRuns: 2000 },
    );
  });
});
