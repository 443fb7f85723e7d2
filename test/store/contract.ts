// The one SessionStore contract suite: memory, SQLite and Redis run exactly these tests, so the
// stores stay interchangeable. Time is an injected clock; nothing here asserts on wall-clock time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import type { SessionStore, StoreOptions } from '../../src/store/store.js';
import { describeHistoryContract } from './contract-history.js';
import { describeLeaseContract } from './contract-leases.js';
import { T0, TTL, answerFor, makeSession, type ContractContext } from './fixtures.js';

/** How a suite gets stores: a fresh, empty one per test, and optionally a second handle on it. */
export interface StoreFactory {
  /** A new, empty, initialised store using `options` (injected clock, TTL). */
  make(options: StoreOptions): Promise<SessionStore>;
  /** Another instance on the same backing data (same SQLite file, same Redis prefix). */
  peer?(first: SessionStore, options: StoreOptions): Promise<SessionStore>;
}

export function describeStoreContract(name: string, factory: StoreFactory): void {
  describe(`${name}: SessionStore contract`, () => {
    const clock = { now: T0 };
    const options: StoreOptions = { sessionTtlMs: TTL, now: () => clock.now };
    const open: SessionStore[] = [];
    const fresh = async () => {
      clock.now = T0;
      const store = await factory.make(options);
      open.push(store);
      return store;
    };
    const cleanup = async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    };
    const test: ContractContext['test'] = (title, body) =>
      it(title, async () => {
        try {
          await body(await fresh());
        } finally {
          await cleanup();
        }
      });

    test('init is idempotent and ping answers', async (store) => {
      await store.init();
      expect(await store.ping()).toBe(true);
    });

    test('creates and reads sessions, optional fields included', async (store) => {
      const plain = makeSession('s1', 'slack:U1', ['a', 'b']);
      const full = makeSession('s2', 'slack:U1', ['c'], T0 + 1, { userName: 'Kim', topic: 'raid', mode: 'review' });
      await store.createSession(plain);
      await store.createSession(full);
      expect(await store.getSession('s1')).toEqual(plain);
      expect(await store.getSession('s2')).toEqual(full);
      expect(await store.getSession('nope')).toBeUndefined();
    });

    test('rejects a taken id and a session that is not new', async (store) => {
      await store.createSession(makeSession('s1', 'u1', ['a']));
      await expect(store.createSession(makeSession('s1', 'u2', ['b']))).rejects.toMatchObject({ code: 'BAD_INPUT' });
      await expect(store.createSession(makeSession('s2', 'u1', ['a'], T0, { current: 1 }))).rejects.toMatchObject({ code: 'BAD_INPUT' });
      await expect(store.createSession(makeSession('s3', 'u1', []))).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect((await store.getSession('s1'))?.userId).toBe('u1');
      expect(await store.getSession('s2')).toBeUndefined();
    });

    test('active session is the newest unfinished one of that user', async (store) => {
      const older = makeSession('old', 'u1', ['a']);
      const newer = makeSession('new', 'u1', ['a'], T0 + 10);
      await store.createSession(older);
      await store.createSession(newer);
      await store.createSession(makeSession('theirs', 'u2', ['a'], T0 + 20));
      expect((await store.getActiveSession('u1'))?.id).toBe('new');
      expect(await store.getActiveSession('u3')).toBeUndefined();
      expect((await store.recordAnswer(answerFor(newer, 0, true))).status).toBe('recorded');
      expect((await store.getActiveSession('u1'))?.id).toBe('old');
      expect((await store.recordAnswer(answerFor(older, 0, true))).status).toBe('recorded');
      expect(await store.getActiveSession('u1')).toBeUndefined();
    });

    test('records an answer, then reports duplicate, stale, not_owner and not_found', async (store) => {
      const s = makeSession('s1', 'u1', ['a', 'b', 'c']);
      await store.createSession(s);
      clock.now = T0 + 5;
      const first = await store.recordAnswer(answerFor(s, 0, false));
      expect(first.status).toBe('recorded');
      if (first.status === 'not_found') throw new Error('unreachable');
      expect(first.session).toMatchObject({ current: 1, updatedAt: T0 + 5 });
      expect(first.session.answers).toEqual([{ index: 0, itemId: 'a', choice: 'X', correct: false, at: T0 }]);
      expect(first.session.finishedAt).toBeUndefined();

      const again = await store.recordAnswer(answerFor(s, 0, true));
      expect(again.status).toBe('duplicate');
      expect(again.status !== 'not_found' && again.session.answers).toEqual(first.session.answers);
      for (const stale of [
        answerFor(s, 2, true),
        answerFor(s, -1, true),
        answerFor(s, 1.5, true),
        answerFor(s, 1, true, { itemId: 'c' }),
      ]) {
        expect((await store.recordAnswer(stale)).status, JSON.stringify(stale)).toBe('stale');
      }
      const stranger = await store.recordAnswer(answerFor(s, 1, true, { userId: 'u2' }));
      expect(stranger.status).toBe('not_owner');
      expect(stranger.status !== 'not_found' && stranger.session.current).toBe(1);
      expect(await store.recordAnswer(answerFor(s, 1, true, { sessionId: 'nope' }))).toEqual({ status: 'not_found' });
      expect((await store.getSession('s1'))?.answers).toHaveLength(1);
      expect(await store.listProgress('u2')).toEqual([]);
    });

    test('the last answer finishes the session', async (store) => {
      const s = makeSession('s1', 'u1', ['a', 'b']);
      await store.createSession(s);
      await store.recordAnswer(answerFor(s, 0, true));
      clock.now = T0 + 100;
      const last = await store.recordAnswer(answerFor(s, 1, false));
      expect(last.status).toBe('recorded');
      expect(last.status !== 'not_found' && last.session).toMatchObject({ current: 2, finishedAt: T0 + 100, updatedAt: T0 + 100 });
      expect((await store.recordAnswer(answerFor(s, 2, true, { itemId: 'b' }))).status).toBe('stale');
      expect((await store.recordAnswer(answerFor(s, 1, true))).status).toBe('duplicate');
      expect((await store.getSession('s1'))?.answers.map((a) => a.correct)).toEqual([true, false]);
    });

    test('twenty concurrent identical answers are recorded once', async (store) => {
      const s = makeSession('s1', 'u1', ['a', 'b']);
      await store.createSession(s);
      const peer = factory.peer ? await factory.peer(store, options) : store;
      if (peer !== store) open.push(peer);
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? peer : store).recordAnswer(answerFor(s, 0, i % 3 === 0))),
      );
      const statuses = outcomes.map((o) => o.status);
      expect(statuses.filter((x) => x === 'recorded')).toHaveLength(1);
      expect(statuses.filter((x) => x === 'duplicate')).toHaveLength(19);
      expect((await peer.getSession('s1'))?.answers).toHaveLength(1);
      const [progress] = await store.listProgress('u1');
      expect(progress).toMatchObject({ itemId: 'a', seen: 1 });
      expect((await store.leaderboard(10))[0]).toMatchObject({ userId: 'u1', answered: 1 });
    });

    test('expired sessions are hidden but their answers stay in history', async (store) => {
      const s = makeSession('s1', 'u1', ['a', 'b', 'c']);
      await store.createSession(s);
      clock.now = T0 + 50_000;
      await store.recordAnswer(answerFor(s, 0, false));
      clock.now = T0 + 50_000 + TTL;
      expect((await store.getSession('s1'))?.current).toBe(1);
      clock.now += 1;
      expect(await store.getSession('s1')).toBeUndefined();
      expect(await store.getActiveSession('u1')).toBeUndefined();
      expect(await store.recordAnswer(answerFor(s, 1, true))).toEqual({ status: 'not_found' });
      const [history] = await store.listSessions('u1');
      expect(history).toMatchObject({ id: 's1', current: 1 });
      expect(history?.answers).toHaveLength(1);
      expect(await store.listProgress('u1')).toMatchObject([{ itemId: 'a', seen: 1, wrong: 1 }]);
      expect(await store.leaderboard(5)).toMatchObject([{ userId: 'u1', answered: 1, correct: 0, sessions: 1 }]);
      expect(await store.mostMissed(5)).toEqual([{ itemId: 'a', misses: 1, lastAt: T0 }]);
    });

    test('finished sessions never expire', async (store) => {
      const s = makeSession('s1', 'u1', ['a']);
      await store.createSession(s);
      await store.recordAnswer(answerFor(s, 0, true));
      clock.now = T0 + 10 * TTL;
      expect((await store.getSession('s1'))?.finishedAt).toBe(T0);
    });

    describeHistoryContract({ clock, test });
    describeLeaseContract({
      clock,
      test,
      peerOf: async (store) => {
        if (!factory.peer) return store;
        const peer = await factory.peer(store, options);
        open.push(peer);
        return peer;
      },
    });

    it('agrees with the memory reference on random answer sequences', async () => {
      const step = fc.record({
        session: fc.constantFrom('s1', 's2', 'gone'),
        stranger: fc.boolean(),
        index: fc.integer({ min: -1, max: 4 }),
        wrongItem: fc.boolean(),
        correct: fc.boolean(),
        advance: fc.constantFrom(0, 1000, TTL + 1),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
          const model = { now: T0 };
          const reference = new MemoryStore({ sessionTtlMs: TTL, now: () => model.now });
          const store = await fresh();
          try {
            const sessions = [makeSession('s1', 'u1', ['a', 'b', 'c']), makeSession('s2', 'u1', ['b', 'b', 'a', 'd'], T0 + 1)];
            for (const s of sessions) await Promise.all([store.createSession(s), reference.createSession(s)]);
            for (const [n, st] of steps.entries()) {
              clock.now += st.advance;
              model.now = clock.now;
              const s = sessions.find((x) => x.id === st.session) ?? makeSession('gone', 'u1', ['a']);
              const input = answerFor(s, st.index, st.correct, {
                userId: st.stranger ? 'u2' : 'u1',
                at: T0 + n,
                ...(st.wrongItem ? { itemId: 'zzz' } : {}),
              });
              const [got, want] = await Promise.all([store.recordAnswer(input), reference.recordAnswer(input)]);
              expect(got, `step ${n}: ${JSON.stringify(input)}`).toEqual(want);
            }
            expect(await store.listSessions('u1')).toEqual(await reference.listSessions('u1'));
            expect(await store.listProgress('u1')).toEqual(await reference.listProgress('u1'));
            expect(await store.leaderboard(5)).toEqual(await reference.leaderboard(5));
            expect(await store.mostMissed(5)).toEqual(await reference.mostMissed(5));
            expect(await store.getActiveSession('u1')).toEqual(await reference.getActiveSession('u1'));
          } finally {
            await cleanup();
          }
        }),
        { numRuns: 30 },
      );
    });
  });
}
