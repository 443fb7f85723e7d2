// isQuestionOnly (src/assistant/ack-first.ts): what an adapter may acknowledge before handling it. Questions
// and presses that ask one may; anything that stores a quiz answer, a vote or a setting may not.
import { describe, expect, it } from 'vitest';
import { isQuestionOnly, type Incoming } from '../../src/index.js';

const from = { platform: 'teams', userId: 'teams:a', rawUserId: 'a' } as const;
const text = (t: string, command?: Incoming['command']): Incoming => ({ ...from, text: t, ...(command && { command }) });

describe('isQuestionOnly', () => {
  it('questions, comparisons, help and empty text may be answered after the acknowledgement', () => {
    for (const t of ['브로커 메모리 얼마나?', 'RAID 1 vs RAID 5', 'help', '']) expect(isQuestionOnly(text(t)), t).toBe(true);
    expect(isQuestionOnly({ ...from, action: { type: 'ask', label: 'x', question: 'RAID 10 장점' } })).toBe(true);
  });

  it('quiz answers, quiz and path commands, votes and quiz presses are acknowledged only once handled', () => {
    for (const t of ['O', 'x', '모르겠어', 'quiz 5', '경로']) expect(isQuestionOnly(text(t)), t).toBe(false);
    expect(isQuestionOnly(text('5', 'kafka-quiz'))).toBe(false);
    expect(isQuestionOnly({ ...from, action: { type: 'quiz_answer', label: 'O', sessionId: 's', index: 0, choice: 'O' } })).toBe(false);
    expect(isQuestionOnly({ ...from, action: { type: 'feedback', label: '👍', vote: 'up', question: 'q', ref: 'r' } })).toBe(false);
    expect(isQuestionOnly({ ...from, action: { type: 'daily_answer', label: 'O', postId: 'p', choice: 'O' } })).toBe(false);
  });
});
