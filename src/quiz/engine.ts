// The quiz engine: pure functions over items, sessions and Leitner progress, no I/O. Picks the
// questions (topic filter, review of missed items, seeded order), grades, scores, summarises.
import type { Choice } from '../model/reply.js';
import type { QuizItem } from '../model/chunk.js';
import type { ItemProgress, QuizSession } from '../store/store.js';
import { topicLabel, topicsOf } from './topics.js';

/** A small seeded PRNG (mulberry32): same seed, same sequence. Use in tests; Math.random in use. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** Leitner: a missed item is due until it has been answered right twice in a row. */
export function isDue(p: ItemProgress): boolean {
  return p.wrong > 0 && p.streak < 2;
}

/** Mastered: right twice in a row, or seen and never missed (last answer right). */
export function mastered(p: ItemProgress): boolean {
  return p.streak >= 2 || (p.seen >= 1 && p.wrong === 0 && p.streak >= 1);
}

/** What startSession needs. */
export interface StartOptions {
  id: string;
  userId: string;
  userName?: string;
  /** Every item available now. */
  items: QuizItem[];
  /** Questions wanted; fewer when fewer are available. Default 5. */
  count?: number;
  /** Only items with this topic key. Default all. */
  topic?: string;
  mode: 'quiz' | 'review';
  /** The user's progress; review mode picks the due items from it. */
  progress?: ItemProgress[];
  /** Uniform [0,1) source: mulberry32(seed) in tests, Math.random in use. */
  random: () => number;
  /** Epoch ms for startedAt/updatedAt. Default 0. */
  now?: number;
}

export type StartResult =
  | { ok: true; session: QuizSession }
  /** `no_items`: nothing for that topic; `nothing_due`: review with no missed item left. */
  | { ok: false; reason: 'no_items' | 'nothing_due' };

/** Pick the questions and build a fresh session (not stored). */
export function startSession(opts: StartOptions): StartResult {
  const count = Math.max(1, opts.count ?? 5);
  let pool = opts.topic ? opts.items.filter((i) => i.topics.includes(opts.topic as string)) : opts.items;
  if (opts.mode === 'review') {
    const due = new Set((opts.progress ?? []).filter(isDue).map((p) => p.itemId));
    pool = pool.filter((i) => due.has(i.id));
    if (pool.length === 0) return { ok: false, reason: 'nothing_due' };
  }
  if (pool.length === 0) return { ok: false, reason: 'no_items' };
  const picked = shuffle(pool, opts.random).slice(0, count);
  const now = opts.now ?? 0;
  const session: QuizSession = {
    id: opts.id,
    userId: opts.userId,
    itemIds: picked.map((i) => i.id),
    current: 0,
    mode: opts.mode,
    startedAt: now,
    updatedAt: now,
    answers: [],
  };
  if (opts.userName !== undefined) session.userName = opts.userName;
  if (opts.topic !== undefined) session.topic = opts.topic;
  return { ok: true, session };
}

/** Grade a choice for an item of the session. */
export function grade(_session: QuizSession, item: QuizItem, choice: Choice): { correct: boolean; answer: Choice } {
  return { correct: item.answer === choice, answer: item.answer };
}

/** Right answers so far out of the session's questions. */
export function score(session: QuizSession): { correct: number; total: number } {
  return { correct: session.answers.filter((a) => a.correct).length, total: session.itemIds.length };
}

export function isFinished(session: QuizSession): boolean {
  return session.current >= session.itemIds.length;
}

/** One topic's line in a progress summary. */
export interface TopicProgress {
  key: string;
  label: string;
  /** Items of this topic the user has mastered, and items of this topic in the bank. */
  mastered: number;
  total: number;
  /** Items of this topic answered at least once. */
  seen: number;
  /** Missed items still due (Leitner). */
  due: number;
}

/** What a user has done and mastered; App Home and `/kafka-quiz stats` show it. */
export interface ProgressSummary {
  sessions: number;
  answered: number;
  correct: number;
  /** correct / answered, 0 when nothing answered. */
  accuracy: number;
  mastered: number;
  totalItems: number;
  due: number;
  topics: TopicProgress[];
  /** Up to 3 topics to read next (least mastered, missed first), with a section to read. */
  suggestions: Array<{ key: string; label: string; section?: QuizItem['source'] }>;
}

/** Summarise a user's progress over the current items. */
export function summarize(items: QuizItem[], progress: ItemProgress[], sessionCount: number): ProgressSummary {
  const byItem = new Map(progress.map((p) => [p.itemId, p]));
  const answered = progress.reduce((n, p) => n + p.seen, 0);
  const correct = progress.reduce((n, p) => n + p.seen - p.wrong, 0);
  const topics: TopicProgress[] = [];
  const keys = topicsOf(items);
  for (const key of keys) {
    const its = items.filter((i) => i.topics.includes(key));
    if (its.length === 0) continue;
    const ps = its.map((i) => byItem.get(i.id));
    topics.push({
      key,
      label: topicLabel(key),
      total: its.length,
      mastered: ps.filter((p) => p !== undefined && mastered(p)).length,
      seen: ps.filter((p) => p !== undefined && p.seen > 0).length,
      due: ps.filter((p) => p !== undefined && isDue(p)).length,
    });
  }
  const ranked = topics
    .filter((t) => t.mastered < t.total)
    .sort((a, b) => b.due - a.due || a.mastered / a.total - b.mastered / b.total || keys.indexOf(a.key) - keys.indexOf(b.key));
  const suggestions = ranked.slice(0, 3).map((t) => {
    const its = items.filter((i) => i.topics.includes(t.key));
    const pick =
      its.find((i) => {
        const p = byItem.get(i.id);
        return p !== undefined && isDue(p);
      }) ??
      its.find((i) => {
        const p = byItem.get(i.id);
        return p === undefined || !mastered(p);
      });
    return pick ? { key: t.key, label: t.label, section: pick.source } : { key: t.key, label: t.label };
  });
  const itemIds = new Set(items.map((i) => i.id));
  const mine = progress.filter((p) => itemIds.has(p.itemId));
  return {
    sessions: sessionCount,
    answered,
    correct,
    accuracy: answered === 0 ? 0 : correct / answered,
    mastered: mine.filter(mastered).length,
    totalItems: items.length,
    due: mine.filter(isDue).length,
    topics,
    suggestions,
  };
}
