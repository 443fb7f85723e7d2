// Console notices: a reload of the notes is one friendly line (a broken note named by file:line),
// the JSON log line never reaches the terminal, and lines wait until the console is there.
import { describe, expect, it } from 'vitest';
import { ConsoleNotices, noticeDestination, noticeOf } from '../../../adapters/console/notices.js';

describe('console notices', () => {
  it('turns reload log entries into one line each; info chatter says nothing', () => {
    expect(noticeOf({ level: 30, msg: 'knowledge reloaded', chunks: 120, quizItems: 48 })).toBe(
      '📚 노트를 다시 읽었어요: 섹션 120개, 퀴즈 48문제.',
    );
    const failed = noticeOf({
      level: 50,
      msg: 'knowledge reload failed, keeping the previous notes: bad',
      file: 'knowledge/x.md',
      line: 12,
      error: 'bad',
    });
    expect(failed).toBe('⚠️ 노트를 다시 읽지 못해 이전 노트로 답해요. knowledge/x.md:12: bad');
    // file:line once, when the error already names it.
    const named = noticeOf({ level: 50, msg: 'knowledge reload failed: x', file: 'k/q.yml', line: 3, error: 'k/q.yml:3: YAML 형식 오류' });
    expect(named).toBe('⚠️ 노트를 다시 읽지 못해 이전 노트로 답해요. k/q.yml:3: YAML 형식 오류');
    expect(noticeOf({ level: 30, msg: 'slack: adapter started' })).toBeUndefined();
    expect(noticeOf({ level: 40, msg: 'knowledge warning', warning: 'x.md: empty note' })).toBe('⚠️ x.md: empty note');
  });

  it('reads pino JSON lines, never prints them, and holds notices until the console attaches', () => {
    const notices = new ConsoleNotices();
    const destination = noticeDestination(notices);
    destination.write(`${JSON.stringify({ level: 30, msg: 'knowledge reloaded', chunks: 3, quizItems: 1 })}\n`);
    destination.write('not json\n');
    const shown: string[] = [];
    notices.attach((line) => shown.push(line));
    destination.write(`${JSON.stringify({ level: 50, msg: 'knowledge reload failed: x', file: 'k/a.md', error: 'x' })}\n`);
    expect(shown).toEqual(['📚 노트를 다시 읽었어요: 섹션 3개, 퀴즈 1문제.', '⚠️ 노트를 다시 읽지 못해 이전 노트로 답해요. k/a.md: x']);
    expect(shown.join('')).not.toContain('{');
  });
});
