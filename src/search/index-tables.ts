// The tables an index derives from its chunks besides minisearch's own: each chunk's compact term
// set, document frequencies, how many chunks write each whole word, far-breadcrumb term sets and
// the "한국어 (English)" pairs mined per note. Built once, saved in the snapshot, and kept exact
// when one note's chunks are removed or added (incremental reload).
import type { Chunk } from '../model/chunk.js';
import { analyze } from './analyze-ko.js';
import { crumbsOf, nearOf, SEP, termsOfText } from './chunk-fields.js';
import { minePairs } from './mined-pairs.js';
import { TermTable, type TermLookup } from './term-sets.js';

/** What a snapshot stores of the tables: a little JSON and number arrays. */
export interface SavedTables {
  json: { terms: string[]; crumbs: string[]; words: string[]; pairs: Array<[string, string[][]]> };
  /** Per chunk (in chunk order): how many term numbers, then the numbers (0xffffffff alone: not worked out yet). */
  chunkTerms: Uint32Array;
  /** Per far breadcrumb (in `json.crumbs` order): how many term numbers, then the numbers. */
  crumbTerms: Uint32Array;
  /** How many chunks write each word of `json.words`. */
  wordCounts: Uint32Array;
}

/** A term set not worked out yet (a `label: value` chunk's, until it is first ranked). */
const LATER = 0xffffffff;

/** Cut `count, ids…` runs into one view per run (no copies); throws when they do not add up. */
function runs(flat: Uint32Array, expected: number): Array<Uint32Array | undefined> {
  const out: Array<Uint32Array | undefined> = [];
  let at = 0;
  while (at < flat.length) {
    const n = flat[at]!;
    if (n === LATER) {
      out.push(undefined);
      at += 1;
      continue;
    }
    out.push(flat.subarray(at + 1, at + 1 + n));
    at += 1 + n;
  }
  if (at !== flat.length || out.length !== expected) throw new Error('term sets do not match the chunks');
  return out;
}

function flatten(sets: Iterable<Uint32Array | undefined>): Uint32Array {
  const list = [...sets];
  const out = new Uint32Array(list.reduce((sum, ids) => sum + 1 + (ids?.length ?? 0), 0));
  let at = 0;
  for (const ids of list) {
    out[at] = ids ? ids.length : LATER;
    if (ids) out.set(ids, at + 1);
    at += 1 + (ids?.length ?? 0);
  }
  return out;
}

export class IndexTables {
  readonly table: TermTable;
  private readonly chunkTerms = new Map<string, Uint32Array>();
  /** Chunks (indexed ones only) that have each term, by term number. */
  private df = new Uint32Array(1024);
  /** How many indexed chunks write each whole word (typo variants may land on these). */
  readonly wordCount = new Map<string, number>();
  private readonly crumbSets = new Map<string, Uint32Array>();
  /** Mined synonym pairs per note, in chunk order. */
  readonly pairs = new Map<string, string[][]>();
  /** Chunks in the minisearch index. */
  indexed = 0;

  constructor(saved?: SavedTables, chunks: Chunk[] = []) {
    this.table = new TermTable(saved?.json.terms);
    if (!saved) return;
    const sets = runs(saved.chunkTerms, chunks.length);
    chunks.forEach((chunk, i) => {
      const ids = sets[i];
      if (!ids) return;
      this.chunkTerms.set(chunk.id, ids);
      if (!chunk.within) this.count(ids, 1);
    });
    runs(saved.crumbTerms, saved.json.crumbs.length).forEach((ids, i) =>
      this.crumbSets.set(saved.json.crumbs[i]!, ids ?? new Uint32Array(0)),
    );
    saved.json.words.forEach((word, i) => this.wordCount.set(word, saved.wordCounts[i]!));
    for (const [file, pairs] of saved.json.pairs) this.pairs.set(file, pairs);
  }

  private count(ids: Uint32Array, by: 1 | -1): void {
    const last = ids.length > 0 ? ids[ids.length - 1]! : 0;
    if (last >= this.df.length) {
      const grown = new Uint32Array(Math.max(last + 1, this.df.length * 2));
      grown.set(this.df);
      this.df = grown;
    }
    for (const id of ids) this.df[id] = this.df[id]! + by;
    this.indexed += by;
  }

  /** Record an indexed chunk: its own terms (sorted, distinct numbers of `table`: see ownTerms) and whole words. */
  addIndexed(chunk: Chunk, ids: Uint32Array, words: Iterable<string>): void {
    this.chunkTerms.set(chunk.id, ids);
    this.count(ids, 1);
    for (const w of words) this.wordCount.set(w, (this.wordCount.get(w) ?? 0) + 1);
  }

  /** Forget a chunk (its note changed or went away); `words` are its whole words, as it was indexed with. */
  remove(chunk: Chunk, words: Iterable<string>): void {
    const ids = this.chunkTerms.get(chunk.id);
    this.chunkTerms.delete(chunk.id);
    if (!ids || chunk.within) return;
    this.count(ids, -1);
    for (const w of words) {
      const n = (this.wordCount.get(w) ?? 0) - 1;
      if (n > 0) this.wordCount.set(w, n);
      else this.wordCount.delete(w);
    }
  }

  /** Mine a note's synonym pairs (titles and texts, in chunk order). */
  minePairs(file: string, chunks: Chunk[]): void {
    const pairs = chunks.flatMap((c) => [...minePairs(c.title), ...minePairs(c.text)]);
    if (pairs.length > 0) this.pairs.set(file, pairs);
    else this.pairs.delete(file);
  }

  dfOf(term: string): number | undefined {
    const id = this.table.lookup(term);
    const df = id === undefined || id >= this.df.length ? 0 : this.df[id]!;
    return df > 0 ? df : undefined;
  }

  termsOf(chunk: Chunk): TermLookup {
    let ids = this.chunkTerms.get(chunk.id);
    if (!ids) {
      ids = this.table.pack(analyze(`${chunk.title}\n${nearOf(chunk)}\n${chunk.text}`));
      this.chunkTerms.set(chunk.id, ids);
    }
    return this.table.view(ids);
  }

  /** Terms of the far ancestors, one set per distinct breadcrumb (sibling chunks share it). */
  crumbKey(key: string, terms?: () => string[]): TermLookup {
    let ids = this.crumbSets.get(key);
    if (!ids) {
      ids = this.table.pack(terms ? terms() : key.split(SEP).flatMap((s) => termsOfText(s)));
      this.crumbSets.set(key, ids);
    }
    return this.table.view(ids);
  }

  ancestorsOf(chunk: Chunk): TermLookup {
    return this.crumbKey(crumbsOf(chunk));
  }

  save(chunks: Chunk[]): SavedTables {
    return {
      json: {
        terms: [...this.table.terms()],
        crumbs: [...this.crumbSets.keys()],
        words: [...this.wordCount.keys()],
        pairs: [...this.pairs],
      },
      chunkTerms: flatten(chunks.map((c) => this.chunkTerms.get(c.id))),
      crumbTerms: flatten(this.crumbSets.values()),
      wordCounts: Uint32Array.from(this.wordCount.values()),
    };
  }
}
