// Per-user rate limit: 20 questions a minute by default (configurable), a friendly private notice
// past it, per user, over a one-minute window; quiz clicks and quiz commands are never limited.
// On Redis the limit is one for every replica: two assistants on one real redis-server share it.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryLimiter } from '../../src/store/rate-limit.js';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import { RedisStore } from '../../src/store/redis.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import type { Incoming } from '../../src/model/message.js';
import { redisAvailable, useRedisServer } from '../helpers/redis-server.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});
afterEach(() => {
  vi.useRealTimers();
});

const ask = (userId: string, text = 'RAID 10 장점'): Incoming => ({ platform: 'slack', userId, text });
/** The limiter's clock (Date and its expiry timers) under the test's control; promises still run. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_700_000_000_000 });

describe('memoryLimiter', () => {
  it('allows n per minute per user', async () => {
    fakeClock();
    const limiter = memoryLimiter(3);
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await limiter.allow('a'));
    expect(first).toEqual([true, true, true, false]);
    expect(await limiter.allow('b')).toBe(true);
    vi.advanceTimersByTime(59_999);
    expect(await limiter.allow('a')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await limiter.allow('a')).toBe(true);
  });
});

describe('assistant rate limit', () => {
  it('answers 20 questions a minute by default, then a friendly private notice', async () => {
    fakeClock();
    const assistant = createAssistant({ knowledge: { current: knowledge }, store: new MemoryStore() });
    for (let i = 0; i < 20; i++) expect((await assistant.handle(ask('slack:T1:U1'))).kind).toBe('answer');
    const limited = await assistant.handle(ask('slack:T1:U1'));
    expect(limited.kind).toBe('notice');
    expect(limited.private).toBe(true);
    expect(limited.text).toContain('20');
    expect((await assistant.handle(ask('slack:T1:U2'))).kind).toBe('answer');
    vi.advanceTimersByTime(60_001);
    expect((await assistant.handle(ask('slack:T1:U1'))).kind).toBe('answer');
  });

  it('is configurable', async () => {
    const assistant = createAssistant({ knowledge: { current: knowledge }, store: new MemoryStore(), rateLimitPerMinute: 2 });
    await assistant.handle(ask('teams:29:a'));
    await assistant.handle(ask('teams:29:a'));
    const limited = await assistant.handle(ask('teams:29:a'));
    expect(limited.kind).toBe('notice');
    expect(limited.text).toContain('2개');
  });

  it('never limits quiz clicks or quiz commands', async () => {
    const assistant = createAssistant({
      knowledge: { current: knowledge },
      store: new MemoryStore(),
      rateLimitPerMinute: 1,
      random: () => 0.3,
    });
    const user = 'slack:T1:U9';
    await assistant.handle(ask(user));
    expect((await assistant.handle(ask(user))).kind).toBe('notice');
    let reply = await assistant.handle({ platform: 'slack', userId: user, text: '10', command: 'kafka-quiz' });
    expect(reply.kind).toBe('quiz');
    let answered = 0;
    while (reply.quiz?.question) {
      const q = reply.quiz.question;
      reply = await assistant.handle({
        platform: 'slack',
        userId: user,
        action: { type: 'quiz_answer', label: 'O', sessionId: reply.quiz.sessionId, index: q.index, choice: 'O' },
      });
      expect(reply.kind).toBe('quiz');
      expect(reply.quiz?.result).toBeDefined();
      answered += 1;
    }
    expect(answered).toBeGreaterThan(1);
    expect(reply.quiz?.score?.total).toBe(answered);
  });
});

describe.skipIf(!redisAvailable)('rate limit across replicas (real redis-server)', () => {
  const redisUrl = useRedisServer();

  it('two assistants on one Redis share one limit per user', async () => {
    const prefix = `rl-test-${process.pid}-${Date.now()}:`;
    const stores = [new RedisStore({ url: redisUrl(), prefix }), new RedisStore({ url: redisUrl(), prefix })];
    try {
      await Promise.all(stores.map((s) => s.init()));
      const [a, b] = stores.map((store) => createAssistant({ knowledge: { current: knowledge }, store, rateLimitPerMinute: 3 }));
      const user = 'slack:T1:UR';
      const kinds = [];
      // Alternate replicas: each has seen only two of the four questions, yet the fourth is refused.
      for (const replica of [a, b, a, b]) kinds.push((await replica!.handle(ask(user))).kind);
      expect(kinds).toEqual(['answer', 'answer', 'answer', 'notice']);
      // Another user on either replica has a budget of their own.
      expect((await b!.handle(ask('slack:T1:UOther'))).kind).toBe('answer');
      // A replica on another prefix (another deployment on the same Redis) does not share it.
      const other = new RedisStore({ url: redisUrl(), prefix: `${prefix}other:` });
      await other.init();
      try {
        const c = createAssistant({ knowledge: { current: knowledge }, store: other, rateLimitPerMinute: 3 });
        expect((await c.handle(ask(user))).kind).toBe('answer');
      } finally {
        await other.close();
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('keeps answering, counting in memory, while Redis does not answer', async () => {
    const store = new RedisStore({ url: redisUrl(), prefix: `rl-down-${process.pid}:`, timeoutMs: 300 });
    await store.init();
    const limiter = store.sharedLimiter(2);
    expect(await limiter.allow('u')).toBe(true);
    await store.close();
    // The client is closed: the insurance limiter in memory takes over, still limiting.
    const after = [await limiter.allow('v'), await limiter.allow('v'), await limiter.allow('v')];
    expect(after).toEqual([true, true, false]);
  });
});
