// Adds and removes documents in a minisearch index exactly as its own `add` and `remove` do (same
// postings, field lengths and running averages), one index walk per distinct term and field of a
// document instead of one per token, and one per distinct term of a whole call (a note's chunks
// share most of their terms). An incremental reload runs these over a note's chunks;
// test/search/mini-edit.test.ts pins them to minisearch's add and remove.
import type MiniSearch from 'minisearch';
import { internalsOf, type Postings } from './mini-internals.js';

/** A document as the index sees it: its id and each field's tokens, in field order. */
export interface TokenizedDoc {
  id: string;
  tokens: ReadonlyArray<readonly string[]>;
}

/** How often each (non-empty) token occurs, in first-seen order. */
function counts(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) if (t) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

export function addDocs<T>(mini: MiniSearch<T>, docs: readonly TokenizedDoc[]): void {
  const m = internalsOf(mini);
  const nodes = new Map<string, Map<number, Postings>>();
  for (const { id, tokens } of docs) {
    if (m._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    const doc = m._nextId++;
    m._idToShortId.set(id, doc);
    m._documentIds.set(doc, id);
    m._documentCount += 1;
    const lengths: number[] = [];
    m._fieldLength.set(doc, lengths);
    tokens.forEach((list, field) => {
      const length = new Set(list).size;
      lengths[field] = length;
      const count = m._documentCount - 1;
      m._avgFieldLength[field] = ((m._avgFieldLength[field] || 0) * count + length) / (count + 1);
      for (const [term, n] of counts(list)) {
        let data = nodes.get(term);
        if (!data) nodes.set(term, (data = m._index.fetch(term, () => new Map())));
        const postings = data.get(field);
        if (postings) postings.set(doc, (postings.get(doc) ?? 0) + n);
        else data.set(field, new Map([[doc, n]]));
      }
    });
  }
}

export function removeDocs<T>(mini: MiniSearch<T>, docs: readonly TokenizedDoc[]): void {
  const m = internalsOf(mini);
  const nodes = new Map<string, Map<number, Postings> | undefined>();
  for (const { id, tokens } of docs) {
    const doc = m._idToShortId.get(id);
    if (doc === undefined) throw new Error(`MiniSearch: cannot remove document with ID ${id}: it is not in the index`);
    tokens.forEach((list, field) => {
      const count = m._documentCount;
      const length = new Set(list).size;
      m._avgFieldLength[field] = count === 1 ? 0 : (m._avgFieldLength[field]! * count - length) / (count - 1);
      for (const [term, n] of counts(list)) {
        let data = nodes.get(term);
        if (!nodes.has(term)) nodes.set(term, (data = m._index.get(term)));
        const postings = data?.get(field);
        const tf = postings?.get(doc);
        if (!data || !postings || tf === undefined) continue;
        if (tf > n) postings.set(doc, tf - n);
        else if (postings.size <= 1) data.delete(field);
        else postings.delete(doc);
        if (data.size === 0) {
          m._index.delete(term);
          nodes.set(term, undefined);
        }
      }
    });
    m._storedFields.delete(doc);
    m._documentIds.delete(doc);
    m._idToShortId.delete(id);
    m._fieldLength.delete(doc);
    m._documentCount -= 1;
  }
}
