import { describe, expect, it } from 'vitest';
import { isDue, mastered, mulberry32, score, startSession, summarize, grade } from '../../src/quiz/engine.js';
import { nextProgress } from '../../src/store/rules.js';
import type { ItemProgress } from '../../src/store/store.js';
import { sampleItems } from './fixtures.js';

const base = { userId: 'u1', mode: 'quiz' as const, items: sampleItems() };

function start(seed: number, extra: Partial<Parameters<typeof startSession>[0]> = {}) {
  const result = startSession({ id: 's', ...base, random: mulberry32(seed), ...extra });
  if (!result.ok) throw new Error(result.reason);
  return result.session;
}

function answerMany(progress: ItemProgress | undefined, answers: boolean[]): ItemProgress {
  let p = progress;
  answers.forEach((correct, i) => {
    p = nextProgress(p, { userId: 'u1', itemId: 'r1', correct, at: i });
  });
  return p as ItemProgress;
}

describe('startSession', () => {
  it('picks 5 distinct items by default, in the same order for the same seed', () => {
    const a = start(42);
    expect(a.itemIds).toHaveLength(5);
    expect(new Set(a.itemIds).size).toBe(5);
    expect(start(42).itemIds).toEqual(a.itemIds);
    expect(a).toMatchObject({ current: 0, answers: [], mode: 'quiz', userId: 'u1' });
  });

  it('orders differently for different seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => start(seed, { count: 10 }).itemIds.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('honours count and caps it at the items available', () => {
    expect(start(1, { count: 3 }).itemIds).toHaveLength(3);
    expect(start(1, { count: 20 }).itemIds).toHaveLength(10);
  });

  it('filters by topic and records it', () => {
    const s = start(7, { topic: 'filesystem' });
    expect([...s.itemIds].sort()).toEqual(['f1', 'f2', 'f3']);
    expect(s.topic).toBe('filesystem');
    expect(startSession({ id: 's', ...base, topic: 'hardware', random: mulberry32(1) })).toEqual({ ok: false, reason: 'no_items' });
  });

  it('review picks only due items (missed, not yet right twice in a row)', () => {
    const progress: ItemProgress[] = [
      { userId: 'u1', itemId: 'r1', seen: 1, wrong: 1, streak: 0, lastAt: 1 },
      { userId: 'u1', itemId: 'r2', seen: 2, wrong: 1, streak: 1, lastAt: 1 },
      { userId: 'u1', itemId: 'r3', seen: 3, wrong: 1, streak: 2, lastAt: 1 },
      { userId: 'u1', itemId: 'f1', seen: 1, wrong: 0, streak: 1, lastAt: 1 },
    ];
    const s = start(3, { mode: 'review', progress, count: 10 });
    expect([...s.itemIds].sort()).toEqual(['r1', 'r2']);
    expect(s.mode).toBe('review');
    expect(startSession({ id: 's', ...base, mode: 'review', progress: [], random: mulberry32(1) })).toEqual({
      ok: false,
      reason: 'nothing_due',
    });
  });
});

describe('Leitner', () => {
  it('a missed item comes back until it is answered right twice', () => {
    const missed = answerMany(undefined, [false]);
    expect(isDue(missed)).toBe(true);
    const once = answerMany(missed, [true]);
    expect(isDue(once)).toBe(true);
    expect(mastered(once)).toBe(false);
    const missedAgain = answerMany(once, [false]);
    expect(isDue(missedAgain)).toBe(true);
    const twice = answerMany(missedAgain, [true, true]);
    expect(isDue(twice)).toBe(false);
    expect(mastered(twice)).toBe(true);
  });

  it('an item right the first time is mastered and never due', () => {
    const right = answerMany(undefined, [true]);
    expect(isDue(right)).toBe(false);
    expect(mastered(right)).toBe(true);
  });
});

describe('grade and score', () => {
  it('grades against the item answer and scores N/M', () => {
    const s = start(1, { count: 3 });
    const items = sampleItems();
    const first = items.find((i) => i.id === s.itemIds[0])!;
    expect(grade(s, first, first.answer)).toEqual({ correct: true, answer: first.answer });
    expect(grade(s, first, first.answer === 'O' ? 'X' : 'O').correct).toBe(false);
    s.answers.push({ index: 0, itemId: first.id, choice: first.answer, correct: true, at: 1 });
    expect(score(s)).toEqual({ correct: 1, total: 3 });
  });
});

describe('summarize', () => {
  it('counts accuracy, mastered items per topic and suggests what to read next', () => {
    const items = sampleItems();
    const progress: ItemProgress[] = [
      { userId: 'u1', itemId: 'r1', seen: 2, wrong: 0, streak: 2, lastAt: 1 },
      { userId: 'u1', itemId: 'r2', seen: 1, wrong: 1, streak: 0, lastAt: 1 },
      { userId: 'u1', itemId: 'f1', seen: 1, wrong: 0, streak: 1, lastAt: 1 },
    ];
    const sum = summarize(items, progress, 2);
    expect(sum).toMatchObject({ sessions: 2, answered: 4, correct: 3, accuracy: 0.75, mastered: 2, totalItems: 10, due: 1 });
    expect(sum.topics.find((t) => t.key === 'raid')).toMatchObject({ label: 'RAID', mastered: 1, total: 5, due: 1 });
    expect(sum.topics.find((t) => t.key === 'filesystem')).toMatchObject({ mastered: 1, total: 3 });
    expect(sum.suggestions[0]).toMatchObject({ key: 'raid', section: items[1]!.source });
    expect(summarize(items, [], 0)).toMatchObject({ answered: 0, accuracy: 0, mastered: 0 });
  });
});
