// Per-user rate limit: 20 questions a minute by default (configurable), a friendly private notice
// past it, per user, sliding over time; quiz clicks and quiz commands are never limited.
import { beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/assistant/rate-limit.js';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import type { Incoming } from '../../src/model/message.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});

const ask = (userId: string, text = 'RAID 10 장점'): Incoming => ({ platform: 'slack', userId, text });

describe('RateLimiter', () => {
  it('allows n per sliding minute per user', () => {
    let t = 0;
    const limiter = new RateLimiter(3, () => t);
    expect([1, 2, 3, 4].map(() => limiter.allow('a'))).toEqual([true, true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    t = 59_999;
    expect(limiter.allow('a')).toBe(false);
    t = 60_000;
    expect(limiter.allow('a')).toBe(true);
  });
});

describe('assistant rate limit', () => {
  it('answers 20 questions a minute by default, then a friendly private notice', async () => {
    let t = 1_700_000_000_000;
    const assistant = createAssistant({ knowledge: { current: knowledge }, store: new MemoryStore(), now: () => t });
    for (let i = 0; i < 20; i++) expect((await assistant.handle(ask('slack:T1:U1'))).kind).toBe('answer');
    const limited = await assistant.handle(ask('slack:T1:U1'));
    expect(limited.kind).toBe('notice');
    expect(limited.private).toBe(true);
    expect(limited.text).toContain('20');
    expect((await assistant.handle(ask('slack:T1:U2'))).kind).toBe('answer');
    t += 60_001;
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
    const assistant = createAssistant({ knowledge: { current: knowledge }, store: new MemoryStore(), rateLimitPerMinute: 1, random: () => 0.3 });
    const user = 'slack:T1:U9';
    await assistant.handle(ask(user));
    expect((await assistant.handle(ask(user))).kind).toBe('notice');
    let reply = await assistant.handle({ platform: 'slack', userId: user, text: '10', command: 'kafka-quiz' });
    expect(reply.kind).toBe('quiz');
    let answered = 0;
    while (reply.quiz?.question) {
      const q = reply.quiz.question;
      reply = await assistant.handle({ platform: 'slack', userId: user, action: { type: 'quiz_answer', label: 'O', sessionId: reply.quiz.sessionId, index: q.index, choice: 'O' } });
      expect(reply.kind).toBe('quiz');
      expect(reply.quiz?.result).toBeDefined();
      answered += 1;
    }
    expect(answered).toBeGreaterThan(1);
    expect(reply.quiz?.score?.total).toBe(answered);
  });
});
