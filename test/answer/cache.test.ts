import { describe, expect, it } from 'vitest';
import { ReplyCache } from '../../src/answer/cache.js';
import { finishReply } from '../../src/model/render-text.js';

const reply = (body: string) => finishReply({ kind: 'answer', body, sources: [], actions: [] });

describe('reply cache', () => {
  it('computes once per question and knowledge, evicting the least recently used', async () => {
    const cache = new ReplyCache(2);
    const k1 = {};
    let calls = 0;
    const compute = (b: string) => async () => {
      calls += 1;
      return reply(b);
    };
    expect((await cache.get(k1, 'a', compute('A'))).body).toBe('A');
    expect((await cache.get(k1, 'a', compute('X'))).body).toBe('A');
    await cache.get(k1, 'b', compute('B'));
    await cache.get(k1, 'a', compute('X')); // a is now the most recent
    await cache.get(k1, 'c', compute('C')); // evicts b
    expect((await cache.get(k1, 'b', compute('B2'))).body).toBe('B2');
    expect(calls).toBe(4);
  });

  it('starts afresh when the knowledge is reloaded', async () => {
    const cache = new ReplyCache();
    await cache.get({}, 'q', async () => reply('old'));
    expect((await cache.get({}, 'q', async () => reply('new'))).body).toBe('new');
  });
});
