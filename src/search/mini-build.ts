// Builds a minisearch index in one pass: each document's postings (term, field, frequency) go to a
// few growing number arrays, then one counting sort lays them out as mini-saved.ts stores them,
// where `add` walks the radix tree and a Map per token (most of a 10k-section build). The index
// equals what `add` builds, field lengths and averages included (test/search/mini-build.test.ts).
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import { loadMini, type SavedMini } from './mini-saved.js';
import type { TokenizedDoc } from './mini-edit.js';
import type { TermTable } from './term-sets.js';

/** A Uint32Array that doubles as it fills. */
class Numbers {
  data = new Uint32Array(1024);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = n;
  }
}

export class MiniBuilder {
  /** One entry per posting, in document order: `term × fields + field`, document, frequency. */
  private readonly slots = new Numbers();
  private readonly docs = new Numbers();
  private readonly freqs = new Numbers();
  /** Per document: its field lengths (distinct tokens), in field order. */
  private readonly lengths = new Numbers();
  private readonly ids: string[] = [];
  private readonly averages: number[] = [];
  /** Scratch for counting one field's tokens: which pass last saw a term, and how often. */
  private seen = new Uint32Array(1024);
  private tally = new Uint32Array(1024);
  private pass = 0;

  /**
   * @param fields minisearch's fields, in its order (field ids are positions here).
   * @param table numbers the terms (the index's own term table, so a caller that has numbered a
   *   chunk's terms already passes the numbers).
   */
  constructor(
    private readonly fields: readonly string[],
    private readonly table: TermTable,
  ) {}

  /** One document: its id and the tokens of each field, in field order (what `tokenize` gives), ids in order. */
  add({ id, tokens }: TokenizedDoc): void {
    // '' counts in a field's length (minisearch counts distinct tokens) but is never indexed: -1.
    this.addNumbered(
      id,
      tokens.map((list) => list.map((t) => (t === '' ? -1 : this.table.idOf(t)))),
    );
  }

  /** add() with the tokens already numbered by the table (-1 for ''). */
  addNumbered(id: string, numbers: ReadonlyArray<readonly number[]>): void {
    const doc = this.ids.length;
    this.ids.push(id);
    const width = this.fields.length;
    for (let field = 0; field < width; field++) {
      const list = numbers[field] ?? [];
      const pass = ++this.pass;
      const order: number[] = [];
      let empty = 0;
      for (const number of list) {
        if (number < 0) {
          empty = 1;
          continue;
        }
        if (number >= this.seen.length) this.grow(number);
        if (this.seen[number] !== pass) {
          this.seen[number] = pass;
          this.tally[number] = 0;
          order.push(number);
        }
        this.tally[number] = this.tally[number]! + 1;
      }
      // minisearch's field length is the number of distinct tokens, its average a running mean.
      const length = order.length + empty;
      this.lengths.push(length);
      this.averages[field] = ((this.averages[field] || 0) * doc + length) / (doc + 1);
      for (const number of order) {
        this.slots.push(number * width + field);
        this.docs.push(doc);
        this.freqs.push(this.tally[number]!);
      }
    }
  }

  private grow(number: number): void {
    const size = Math.max(number + 1, this.seen.length * 2);
    const seen = new Uint32Array(size);
    const tally = new Uint32Array(size);
    seen.set(this.seen);
    tally.set(this.tally);
    this.seen = seen;
    this.tally = tally;
  }

  /** Every document added, as the saved form that loadMini turns into a minisearch index. */
  saved(): SavedMini {
    const width = this.fields.length;
    const all = this.table.terms();
    const slotCount = all.length * width;
    const { slots, docs, freqs } = this;
    // Postings per slot; a term of the table no document here has is left out, as minisearch would.
    const count = new Uint32Array(slotCount);
    for (let i = 0; i < slots.length; i++) count[slots.data[i]!]! += 1;
    const terms: string[] = [];
    const start = new Int32Array(slotCount).fill(-1);
    let size = 0;
    for (let term = 0; term < all.length; term++) {
      let n = 0;
      for (let f = 0; f < width; f++) n += count[term * width + f]!;
      if (n === 0) continue;
      terms.push(all[term]!);
      for (let f = 0; f < width; f++) {
        start[term * width + f] = size + 1;
        size += 1 + 2 * count[term * width + f]!;
      }
    }
    // Each slot is laid out as n, n documents, n frequencies; a counting sort keeps documents ascending.
    const postings = new Uint32Array(size);
    for (let slot = 0; slot < slotCount; slot++) if (start[slot]! > 0) postings[start[slot]! - 1] = count[slot]!;
    const fill = new Uint32Array(slotCount);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots.data[i]!;
      const base = start[slot]!;
      const k = fill[slot]!++;
      postings[base + k] = docs.data[i]!;
      postings[base + count[slot]! + k] = freqs.data[i]!;
    }
    const documents = this.ids.length;
    const lengths = new Uint32Array(documents * (width + 1));
    for (let doc = 0; doc < documents; doc++) {
      lengths[doc * (width + 1)] = doc;
      for (let f = 0; f < width; f++) lengths[doc * (width + 1) + 1 + f] = this.lengths.data[doc * width + f]!;
    }
    const json = { terms, ids: this.ids, averages: [...this.averages], count: documents, nextId: documents, dirt: 0 };
    return { json, postings, docs: lengths };
  }

  /** The minisearch index of every document added, with these options (their fields as given above). */
  build<T>(options: Options<T>): MiniSearch<T> {
    return loadMini(this.saved(), this.fields, options);
  }
}
