// route(message) -> Route: one place decides what a message asks for, from the whole Incoming —
// a press, a slash command, a typed command, a typed O/X, the path words or a question.
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION, route } from '../../src/assistant/route.js';
import type { Incoming } from '../../src/model/message.js';

const me = { platform: 'teams', userId: 'teams:u' } as const satisfies Incoming;
const typed = (text: string) => route({ ...me, text });

describe('route', () => {
  it('typed and slash forms of the quiz command route alike', () => {
    for (const text of ['quiz 5 raid', '/kafka-quiz 5 raid', '퀴즈 5 raid', '/quiz   5   raid']) {
      expect(typed(text), text).toEqual({ type: 'quiz', args: '5 raid' });
    }
    expect(route({ ...me, command: 'kafka-quiz', text: '5 raid' })).toEqual({ type: 'quiz', args: '5 raid' });
    expect(typed('quiz')).toEqual({ type: 'quiz', args: '' });
    expect(typed('통계')).toEqual({ type: 'quiz', args: 'stats' });
    expect(route({ platform: 'slack', userId: 'slack:u', text: 'stats' })).toMatchObject({ type: 'ask' });
  });

  it('the daily and nudges sub-commands go to onboarding, typed or slashed', () => {
    expect(typed('quiz daily on 10:00')).toEqual({ type: 'daily', args: ['on', '10:00'] });
    expect(route({ ...me, command: 'kafka-quiz', text: 'nudges off' })).toEqual({ type: 'nudges', args: ['off'] });
    expect(typed('quiz dailyish')).toEqual({ type: 'quiz', args: 'dailyish' });
  });

  it('a typed O/X or pass may answer a running quiz, else it is read as a message', () => {
    expect(typed('O')).toEqual({ type: 'typed_answer', text: 'O', otherwise: { type: 'ask', text: 'O', question: 'O' } });
    expect(typed('모르겠어')).toMatchObject({ type: 'typed_answer', text: '모르겠어' });
    // `/kafka-quiz O` is the quiz command's own answer form, not a typed answer.
    expect(route({ ...me, command: 'kafka-quiz', text: 'O' })).toEqual({ type: 'quiz', args: 'O' });
  });

  it('questions: help, the admin report, comparisons and lookups; /kafka typed is the kafka command', () => {
    expect(typed('')).toMatchObject({ type: 'help', note: expect.stringContaining('질문을 글자로') });
    expect(typed('도움말')).toEqual({ type: 'help' });
    expect(typed('/kafka gaps')).toEqual({ type: 'gaps' });
    expect(typed('/kafka RAID 10 디스크 몇 개?')).toEqual({
      type: 'ask',
      text: 'RAID 10 디스크 몇 개?',
      question: 'RAID 10 디스크 몇 개?',
    });
    expect(typed('RAID1 vs RAID5')).toMatchObject({ type: 'compare', sides: ['RAID1', 'RAID5'] });
    expect(typed('학습 경로')).toEqual({ type: 'path' });
  });

  it('a long question is cut, and the route says so', () => {
    const r = typed(`RAID ${'가'.repeat(MAX_QUESTION * 2)}`);
    expect(r).toMatchObject({ type: 'ask', cut: expect.stringContaining(`${MAX_QUESTION}자`) });
    expect(r.type === 'ask' && r.text.length).toBe(MAX_QUESTION);
  });

  it('presses route by their action, whatever text rides along', () => {
    const press = (action: NonNullable<Incoming['action']>) => route({ ...me, text: 'quiz', action });
    expect(press({ type: 'quiz_answer', label: 'O', sessionId: 's', index: 1, choice: 'O' })).toEqual({
      type: 'quiz_answer',
      sessionId: 's',
      index: 1,
      choice: 'O',
    });
    expect(press({ type: 'quiz_command', label: '복습', command: 'review' })).toEqual({ type: 'quiz', args: 'review' });
    expect(press({ type: 'ask', label: 'q', question: 'IaaS 단점', ref: 'k/x.md#L3' })).toEqual({
      type: 'section',
      ref: 'k/x.md#L3',
      question: 'IaaS 단점',
      otherwise: { type: 'ask', text: 'IaaS 단점', question: 'IaaS 단점' },
    });
    expect(press({ type: 'ask_expert', label: 'e', question: 'IaaS 단점' })).toEqual({
      type: 'ask',
      text: 'IaaS 단점',
      question: 'IaaS 단점',
    });
    expect(press({ type: 'daily_answer', label: 'X', postId: 'p', choice: 'X' })).toEqual({
      type: 'daily_answer',
      postId: 'p',
      choice: 'X',
    });
    expect(press({ type: 'feedback', label: '👎', vote: 'down', question: 'q', ref: 'r' })).toEqual({
      type: 'feedback',
      vote: 'down',
      question: 'q',
      ref: 'r',
    });
  });
});
