// What the bot echoes of a user's text (issue 10 #8): at most about 100 characters of it in any
// reply, cut by grapheme; replies built from the notes (answers, comparisons) are left whole.
import { describe, expect, it } from 'vitest';
import { limitEchoes, safeReply, ECHO_MAX } from '../../../adapters/shared/echo.js';
import { finishReply, type Reply } from '../../../src/index.js';

const notice = (body: string): Reply => finishReply({ kind: 'notice', title: '사용법', body, sources: [], actions: [] });

describe('limitEchoes', () => {
  it('shortens a long echo of the input to about ECHO_MAX characters', () => {
    const word = 'ㅋ'.repeat(10_000);
    const out = limitEchoes(`'${word}' 는 모르는 명령이에요.`, [word]);
    expect(out.length).toBeLessThan(ECHO_MAX + 30);
    expect(out).toContain('ㅋ'.repeat(ECHO_MAX - 1));
    expect(out.endsWith(' 는 모르는 명령이에요.')).toBe(true);
  });

  it('leaves short echoes and text that is not the input alone', () => {
    expect(limitEchoes("'raid' 는 모르는 명령이에요.", ['raid'])).toBe("'raid' 는 모르는 명령이에요.");
    const long = '노트 내용 '.repeat(100);
    expect(limitEchoes(long, ['전혀 다른 질문'.repeat(50)])).toBe(long);
  });

  it('finds echoes of a normalised or partial input', () => {
    const input = `${'ｒａｉｄ'.repeat(60)} 그리고 더`;
    const echoed = 'raid'.repeat(60);
    expect(limitEchoes(`'${echoed}'`, [input]).length).toBeLessThan(ECHO_MAX + 5);
  });
});

describe('safeReply', () => {
  it('strips controls everywhere and limits echoes in notices, not in answers', () => {
    const word = `x\u0000\u001b\u202E${'y'.repeat(5000)}`;
    const cleaned = safeReply(notice(`'${word}' 는 모르는 명령이에요.`), [word]);
    const all = JSON.stringify(cleaned);
    expect(all).not.toMatch(/\\u0000|\\u001b|\u202E/);
    expect(cleaned.body.length).toBeLessThan(ECHO_MAX + 40);
    expect(cleaned.text.length).toBeLessThan(ECHO_MAX + 80);
    const answer = finishReply({ kind: 'answer', title: 'RAID', body: 'y'.repeat(600), sources: [], actions: [] });
    expect(safeReply(answer, ['y'.repeat(600)]).body).toBe('y'.repeat(600));
  });
});
