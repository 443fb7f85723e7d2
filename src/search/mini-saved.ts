// A minisearch index as a little JSON and two number arrays (what the knowledge snapshot stores and
// what MiniBuilder makes), and back: postings stay in the number array (PackedPostings), so a load
// makes no Map entry per posting. Like bm25-or.ts this reads and sets minisearch 7's internals;
// test/search/mini-build.test.ts pins the result to minisearch's own add, search and toJSON.
import MiniSearch, { type Options } from 'minisearch';
import { internalsOf, type Postings } from './mini-internals.js';
import { PackedPostings } from './packed-postings.js';

export interface SavedMini {
  json: { terms: string[]; ids: string[]; averages: number[]; count: number; nextId: number; dirt: number };
  /** Per term, per field: the number of postings n, then n documents (ascending), then their n term frequencies. */
  postings: Uint32Array;
  /** Per document (in `ids` order): its short id, then its length in each field. */
  docs: Uint32Array;
}

/** Field length minisearch never set (kept apart from a real 0). */
const UNSET = 0xffffffff;

/** The index as number arrays (fields in the order the index was made with). */
export function saveMini<T>(mini: MiniSearch<T>, fields: readonly string[]): SavedMini {
  const inner = internalsOf(mini);
  const terms: string[] = [];
  const postings: number[] = [];
  for (const [term, data] of inner._index) {
    terms.push(term);
    for (let field = 0; field < fields.length; field++) {
      const entries = [...(data.get(field) ?? [])].sort((a, b) => a[0] - b[0]);
      postings.push(entries.length);
      for (const [doc] of entries) postings.push(doc);
      for (const [, tf] of entries) postings.push(tf);
    }
  }
  const ids: string[] = [];
  const docs: number[] = [];
  for (const [doc, id] of inner._documentIds) {
    ids.push(id);
    const lengths = inner._fieldLength.get(doc) ?? [];
    docs.push(doc, ...fields.map((_, f) => lengths[f] ?? UNSET));
  }
  return {
    json: { terms, ids, averages: [...inner._avgFieldLength], count: inner._documentCount, nextId: inner._nextId, dirt: inner._dirtCount },
    postings: Uint32Array.from(postings),
    docs: Uint32Array.from(docs),
  };
}

/** An index saved by saveMini, with these options; throws when the arrays do not add up. */
export function loadMini<T>(saved: SavedMini, fields: readonly string[], options: Options<T>): MiniSearch<T> {
  const { json, postings, docs } = saved;
  const width = fields.length;
  if (docs.length !== json.ids.length * (width + 1)) throw new Error('index documents do not match their ids');
  const mini = MiniSearch.loadJS<T>(
    {
      documentCount: json.count,
      nextId: json.nextId,
      documentIds: {},
      fieldIds: Object.fromEntries(fields.map((f, i) => [f, i])),
      fieldLength: {},
      averageFieldLength: json.averages,
      storedFields: {},
      dirtCount: json.dirt,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const inner = internalsOf(mini);
  json.ids.forEach((id, i) => {
    const at = i * (width + 1);
    const doc = docs[at]!;
    const own: number[] = [];
    for (let f = 0; f < width; f++) if (docs[at + 1 + f] !== UNSET) own[f] = docs[at + 1 + f]!;
    inner._documentIds.set(doc, id);
    inner._idToShortId.set(id, doc);
    inner._fieldLength.set(doc, own);
  });
  let at = 0;
  for (const term of json.terms) {
    const data = new Map<number, Postings>();
    for (let field = 0; field < width; field++) {
      const n = postings[at]!;
      if (n > 0) data.set(field, new PackedPostings(postings, at + 1, n));
      at += 1 + 2 * n;
    }
    inner._index.set(term, data);
  }
  if (at !== postings.length) throw new Error('index postings do not add up');
  return mini;
}
