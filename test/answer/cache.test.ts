import { describe, expect, it } from 'vitest';
import { ReplyCache } from '../../src/answer/cache.js';
import { finishReply } from '../../src/model/render-text.js';

const reply = (body: string) => finishReply({ kind: 'answer', body, sources: [], actions: [] });

describe('reply cache', () => {
  it('computes once per question and knowledge, evicting the least recently used', () => {
    const cache = new ReplyCache(2);
    const k1 = {};
    let calls = 0;
    const compute = (b: string) => () => {
      calls += 1;
      return reply(b);
    };
    expect(cache.get(k1, 'a', compute('A')).body).toBe('A');
    expect(cache.get(k1, 'a', compute('X')).body).toBe('A');
    cache.get(k1, 'b', compute('B'));
    cache.get(k1, 'a', compute('X')); // a is now the most recent
    cache.get(k1, 'c', compute('C')); // evicts b
    expect(cache.get(k1, 'b', compute('B2')).body).toBe('B2');
    expect(calls).toBe(4);
  });

  it('starts afresh when the knowledge is reloaded', () => {
    const cache = new ReplyCache();
    cache.get({}, 'q', () => reply('old'));
    expect(cache.get({}, 'q', () => reply('new')).body).toBe('new');
  });
});
