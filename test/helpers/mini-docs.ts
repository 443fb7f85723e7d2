// Random documents for the minisearch internals tests (builder, saved form, edits): tokens drawn
// from a small vocabulary with repeats, empty tokens and empty fields, and minisearch options that
// read exactly those tokens back from the joined field text.
import { mulberry32 } from '../../src/quiz/engine.js';

export const FIELDS = ['title', 'near', 'text'] as const;

export interface RandomDoc {
  id: string;
  tokens: string[][];
  fields: Record<string, string>;
}

export function randomDocs(count: number, seed: number, prefix = 'd'): RandomDoc[] {
  const r = mulberry32(seed);
  const words = ['a', 'b', 'c', '', 'dd', 'e f', '카프카', '브로커'];
  const pick = () => words[Math.floor(r() * words.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const raw = FIELDS.map(() => Array.from({ length: Math.floor(r() * 7) }, pick));
    // A field whose text is empty tokenizes to no tokens at all.
    const tokens = raw.map((t) => (t.join('|') === '' ? [] : t));
    return { id: `${prefix}${i}`, tokens, fields: Object.fromEntries(FIELDS.map((f, j) => [f, raw[j]!.join('|')])) };
  });
}

export const miniOptions = {
  fields: [...FIELDS],
  tokenize: (text: string) => (text === '' ? [] : text.split('|')),
  processTerm: (t: string) => t,
};

export const asDoc = (d: RandomDoc) => ({ id: d.id, ...d.fields });

/** toJSON with the index sorted by term: the same postings whatever order terms were inserted in. */
export function normalJSON(json: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(json)) as { index: Array<[string, unknown]> };
  copy.index.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return copy;
}
