// The parts of a minisearch 7 index this folder reads and sets directly (bm25-or, mini-saved,
// mini-edit): declared once, so a minisearch upgrade that moves them is one place to follow. Tests
// in test/search pin every use to minisearch's own add, remove, search and toJSON.
import type MiniSearch from 'minisearch';

/** One term's postings in one field: document short id → term frequency. */
export type Postings = Map<number, number>;

export interface MiniInternals {
  /** Term → field id → postings (a radix tree with Map's interface, plus `fetch`). */
  _index: Iterable<[string, Map<number, Postings>]> & {
    get(term: string): Map<number, Postings> | undefined;
    set(term: string, data: Map<number, Postings>): unknown;
    fetch(term: string, initial: () => Map<number, Postings>): Map<number, Postings>;
    delete(term: string): unknown;
  };
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, unknown>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

export function internalsOf<T>(mini: MiniSearch<T>): MiniInternals {
  return mini as unknown as MiniInternals;
}
