import { describe, expect, it } from 'vitest';
import { parseChoiceText, parseQuizCommand } from '../../src/quiz/command.js';

describe('parseQuizCommand', () => {
  it.each([
    ['', { type: 'start', count: 5 }],
    ['  ', { type: 'start', count: 5 }],
    ['10', { type: 'start', count: 10 }],
    ['1', { type: 'start', count: 1 }],
    ['20', { type: 'start', count: 20 }],
    ['raid', { type: 'start', count: 5, topic: 'raid' }],
    ['레이드', { type: 'start', count: 5, topic: 'raid' }],
    ['10 raid', { type: 'start', count: 10, topic: 'raid' }],
    ['xfs 3', { type: 'start', count: 3, topic: 'filesystem' }],
    ['파일시스템', { type: 'start', count: 5, topic: 'filesystem' }],
    ['hw', { type: 'start', count: 5, topic: 'hardware' }],
    ['MSK', { type: 'start', count: 5, topic: 'confluent-msk' }],
    ['컨플루언트', { type: 'start', count: 5, topic: 'confluent-msk' }],
    ['saas', { type: 'start', count: 5, topic: 'saas' }],
    ['iaas', { type: 'start', count: 5, topic: 'service-model' }],
    ['review', { type: 'review', count: 5 }],
    ['복습', { type: 'review', count: 5 }],
    ['review 3', { type: 'review', count: 3 }],
    ['stats', { type: 'stats' }],
    ['통계', { type: 'stats' }],
    ['top', { type: 'top' }],
    ['leaderboard', { type: 'top' }],
    ['순위', { type: 'top' }],
    ['help', { type: 'help' }],
    ['도움말', { type: 'help' }],
    ['stop', { type: 'stop' }],
    ['그만', { type: 'stop' }],
    ['HELP', { type: 'help' }],
    ['O', { type: 'answer', choice: 'O' }],
    ['x', { type: 'answer', choice: 'X' }],
  ])('%j', (args, expected) => {
    expect(parseQuizCommand(args)).toEqual(expected);
  });

  it.each(['0', '21', '100', '-3', 'banana', 'stats top', '5 6', 'raid msk', 'stats 5', 'review raid', 'help me please'])(
    '%j → usage with a problem',
    (args) => {
      const cmd = parseQuizCommand(args);
      expect(cmd.type).toBe('usage');
      if (cmd.type === 'usage') expect(cmd.problem.length).toBeGreaterThan(0);
    },
  );

  it('says the allowed range for a bad count', () => {
    const cmd = parseQuizCommand('50');
    expect(cmd).toEqual({ type: 'usage', problem: expect.stringContaining('1~20') });
  });
});

describe('parseChoiceText', () => {
  it.each(['O', 'o', '0', 'Ｏ', '맞다', '맞아', 'true', 'TRUE', 'yes', ' o ', 'O!'])('%j → O', (t) => {
    expect(parseChoiceText(t)).toBe('O');
  });
  it.each(['X', 'x', '아니다', '틀리다', 'false', 'no', 'Ｘ'])('%j → X', (t) => {
    expect(parseChoiceText(t)).toBe('X');
  });
  it.each(['', 'RAID 10이 뭐야?', 'ox', '00', 'maybe'])('%j → undefined', (t) => {
    expect(parseChoiceText(t)).toBeUndefined();
  });
});
