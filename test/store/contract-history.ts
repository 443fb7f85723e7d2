// The history half of the SessionStore contract (test/store/contract.ts runs it for every store):
// dedupe claims, feedback, leaderboard, most-missed, Leitner progress and session history.
import { expect, vi } from 'vitest';
import type { QuizSession } from '../../src/store/store.js';
import { T0, TTL, answerFor, makeSession, type ContractContext } from './fixtures.js';

export function describeHistoryContract({ clock, test }: ContractContext): void {
  test('claim is true once, then false until it expires', async (store) => {
    expect(await store.has('evt-1')).toBe(false);
    expect(await store.claim('evt-1', 50)).toBe(true);
    expect(await store.claim('evt-1', 50)).toBe(false);
    expect(await store.has('evt-1')).toBe(true);
    expect(await store.claim('evt-2', 60_000)).toBe(true);
    const claims = await Promise.all(Array.from({ length: 10 }, () => store.claim('evt-3', 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    clock.now += 51;
    // Redis expires on its own clock: poll until it has (bounded by vi.waitFor's timeout).
    await vi.waitFor(async () => expect(await store.has('evt-1')).toBe(false), { timeout: 5000, interval: 20 });
    expect(await store.has('evt-2')).toBe(true);
    expect(await store.claim('evt-1', 60_000)).toBe(true);
    expect(await store.claim('evt-1', 60_000)).toBe(false);
  });

  test('release gives a claim back at once, and releasing an unknown key is a no-op', async (store) => {
    expect(await store.claim('press-1', 60_000)).toBe(true);
    await store.release('press-1');
    expect(await store.has('press-1')).toBe(false);
    expect(await store.claim('press-1', 60_000)).toBe(true);
    expect(await store.claim('press-1', 60_000)).toBe(false);
    await store.release('never-claimed');
    expect(await store.has('never-claimed')).toBe(false);
  });

  test('feedback and unanswered questions round-trip in order', async (store) => {
    const up = { userId: 'u1', platform: 'slack', question: 'ISR이 뭐야?', ref: 'kafka.md#isr', vote: 'up' as const, at: T0 };
    const down = { userId: 'u2', platform: 'teams', question: 'RAID?', ref: '', vote: 'down' as const, at: T0 + 1 };
    await store.recordFeedback(up);
    await store.recordFeedback(down);
    await store.recordUnanswered({ userId: 'u1', platform: 'cli', question: '주키퍼 없이?', at: T0 });
    expect(await store.listFeedback()).toEqual([up, down]);
    expect(await store.listUnanswered()).toEqual([{ userId: 'u1', platform: 'cli', question: '주키퍼 없이?', at: T0 }]);
  });

  test('leaderboard: most correct, then fewer answers, then user id', async (store) => {
    const play = async (id: string, userId: string, results: boolean[], extra: Partial<QuizSession> = {}) => {
      const s = makeSession(
        id,
        userId,
        results.map((_, i) => `${id}-${i}`),
        T0,
        extra,
      );
      await store.createSession(s);
      for (const [i, correct] of results.entries()) await store.recordAnswer(answerFor(s, i, correct));
    };
    await play('b1', 'bob', [true, true], { userName: 'Bob' });
    await play('b2', 'bob', [false, true]);
    await play('a1', 'alice', [true, true, true], { userName: 'Al' });
    await play('c1', 'carol', [true, false]);
    await play('z1', 'zed', [true, false]);
    await store.createSession(makeSession('d1', 'dave', ['x']));
    expect(await store.leaderboard(10)).toEqual([
      { userId: 'alice', userName: 'Al', answered: 3, correct: 3, sessions: 1 },
      { userId: 'bob', userName: 'Bob', answered: 4, correct: 3, sessions: 2 },
      { userId: 'carol', answered: 2, correct: 1, sessions: 1 },
      { userId: 'zed', answered: 2, correct: 1, sessions: 1 },
      { userId: 'dave', answered: 0, correct: 0, sessions: 1 },
    ]);
    expect((await store.leaderboard(2)).map((r) => r.userId)).toEqual(['alice', 'bob']);
    expect(await store.leaderboard(0)).toEqual([]);
  });

  test('mostMissed: most misses, then latest miss, then item id', async (store) => {
    const s = makeSession('s1', 'u1', ['i1', 'i2', 'i3', 'i1', 'i2', 'i3', 'i1', 'ok']);
    const t = makeSession('s2', 'u2', ['i4', 'ok']);
    await store.createSession(s);
    await store.createSession(t);
    for (const i of [0, 1, 2, 3, 4, 5, 6]) await store.recordAnswer(answerFor(s, i, false));
    await store.recordAnswer(answerFor(s, 7, true));
    await store.recordAnswer(answerFor(t, 0, false, { at: T0 + 1 }));
    await store.recordAnswer(answerFor(t, 1, true));
    expect(await store.mostMissed(10)).toEqual([
      { itemId: 'i1', misses: 3, lastAt: T0 + 6 },
      { itemId: 'i3', misses: 2, lastAt: T0 + 5 },
      { itemId: 'i2', misses: 2, lastAt: T0 + 4 },
      { itemId: 'i4', misses: 1, lastAt: T0 + 1 },
    ]);
    expect((await store.mostMissed(1)).map((r) => r.itemId)).toEqual(['i1']);
  });

  test('listProgress: seen, wrong and streak follow the Leitner rules', async (store) => {
    const s = makeSession('s1', 'u1', ['q', 'p', 'q', 'p', 'q', 'q']);
    await store.createSession(s);
    const results = [true, false, true, false, false, true];
    for (const [i, correct] of results.entries()) {
      await store.recordAnswer(answerFor(s, i, correct));
      await store.recordAnswer(answerFor(s, i, !correct)); // a duplicate must not count
    }
    const t = makeSession('s2', 'u1', ['q'], T0 + 1);
    await store.createSession(t);
    await store.recordAnswer(answerFor(t, 0, true, { at: T0 + 99 }));
    await store.createSession(makeSession('s3', 'u2', ['q']));
    expect(await store.listProgress('u1')).toEqual([
      { userId: 'u1', itemId: 'p', seen: 2, wrong: 2, streak: 0, lastAt: T0 + 3 },
      { userId: 'u1', itemId: 'q', seen: 5, wrong: 1, streak: 2, lastAt: T0 + 99 },
    ]);
    expect(await store.listProgress('u2')).toEqual([]);
  });

  test('listSessions: every session of the user, newest first', async (store) => {
    await store.createSession(makeSession('a', 'u1', ['x'], T0 + 1));
    await store.createSession(makeSession('b', 'u1', ['x'], T0 + 3));
    await store.createSession(makeSession('c', 'u1', ['x'], T0 + 2));
    await store.createSession(makeSession('d', 'u1', ['x'], T0 + 3));
    await store.createSession(makeSession('e', 'u2', ['x'], T0 + 9));
    const finished = await store.recordAnswer(answerFor(makeSession('a', 'u1', ['x']), 0, true));
    expect(finished.status).toBe('recorded');
    clock.now = T0 + 10 * TTL;
    const sessions = await store.listSessions('u1');
    expect(sessions.map((s) => s.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(sessions[3]?.answers).toHaveLength(1);
    expect(await store.listSessions('nobody')).toEqual([]);
  });
}
