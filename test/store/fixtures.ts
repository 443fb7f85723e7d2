// Fixtures of the store tests: the injected clock's start, the contract TTL, and builders for
// sessions and answers, so each test states only what it is about.
import type { AnswerInput, QuizSession, SessionStore } from '../../src/store/store.js';

/** Start of the injected clock, and the session TTL every contract store gets. */
export const T0 = 1_700_000_000_000;
export const TTL = 60_000;

/** What the contract's test files share: the injected clock and a test runner giving each test a fresh store. */
export interface ContractContext {
  clock: { now: number };
  test(title: string, body: (store: SessionStore) => Promise<void>): void;
}

export function makeSession(id: string, userId: string, itemIds: string[], at = T0, extra: Partial<QuizSession> = {}): QuizSession {
  return { id, userId, itemIds, current: 0, mode: 'quiz', startedAt: at, updatedAt: at, answers: [], ...extra };
}

export function answerFor(session: QuizSession, index: number, correct: boolean, extra: Partial<AnswerInput> = {}): AnswerInput {
  return {
    sessionId: session.id,
    userId: session.userId,
    index,
    itemId: session.itemIds[index] ?? `missing-${index}`,
    choice: correct ? 'O' : 'X',
    correct,
    at: T0 + index,
    ...extra,
  };
}
