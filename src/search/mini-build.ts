// Builds a minisearch index in one pass: each document's postings (term, field, frequency) go to a
// few growing number arrays, then one counting sort lays them out as mini-saved.ts stores them,
// where `add` walks the radix tree and a Map per token (most of a 10k-section build). The index
// equals what `add` builds, field lengths and averages included (test/search/mini-build.test.ts).
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import { loadMini, type SavedMini } from './mini-saved.js';
import type { TokenizedDoc } from './mini-edit.js';

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
  /** Term numbers, in first-seen order. */
  private readonly terms = new Map<string, number>();
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

  /** @param fields minisearch's fields, in its order (field ids are positions here). */
  constructor(private readonly fields: readonly string[]) {}

  private termOf(term: string): number {
    let number = this.terms.get(term);
    if (number === undefined) {
      number = this.terms.size;
      this.terms.set(term, number);
      if (number === this.seen.length) {
        const seen = new Uint32Array(number * 2);
        const tally = new Uint32Array(number * 2);
        seen.set(this.seen);
        tally.set(this.tally);
        this.seen = seen;
        this.tally = tally;
      }
    }
    return number;
  }

  /** One document: its id and the tokens of each field, in field order (what `tokenize` gives), ids in order. */
  add({ id, tokens }: TokenizedDoc): void {
    const doc = this.ids.length;
    this.ids.push(id);
    const width = this.fields.length;
    for (let field = 0; field < width; field++) {
      const list = tokens[field] ?? [];
      const pass = ++this.pass;
      const order: number[] = [];
      let empty = 0;
      for (const term of list) {
        // '' counts in a field's length (minisearch counts distinct tokens) but is never indexed.
        if (term === '') {
          empty = 1;
          continue;
        }
        const number = this.termOf(term);
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

  /** Every document added, as the saved form that loadMini turns into a minisearch index. */
  saved(): SavedMini {
    const width = this.fields.length;
    const slotCount = this.terms.size * width;
    // Counting sort by slot; stable, so each slot's documents stay ascending.
    const start = new Uint32Array(slotCount + 1);
    const { slots, docs, freqs } = this;
    for (let i = 0; i < slots.length; i++) start[slots.data[i]! + 1]! += 1;
    // Each slot is laid out as n, n documents, n frequencies.
    const postings = new Uint32Array(slotCount + 2 * slots.length);
    let at = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      const n = start[slot + 1]!;
      postings[at] = n;
      start[slot] = at + 1;
      at += 1 + 2 * n;
    }
    const fill = new Uint32Array(slotCount);
    for (let i = 0; i < slots.length; i++) {
      const slot = slots.data[i]!;
      const base = start[slot]!;
      const n = postings[base - 1]!;
      const k = fill[slot]!++;
      postings[base + k] = docs.data[i]!;
      postings[base + n + k] = freqs.data[i]!;
    }
    const count = this.ids.length;
    const lengths = new Uint32Array(count * (width + 1));
    for (let doc = 0; doc < count; doc++) {
      lengths[doc * (width + 1)] = doc;
      for (let f = 0; f < width; f++) lengths[doc * (width + 1) + 1 + f] = this.lengths.data[doc * width + f]!;
    }
    const json = { terms: [...this.terms.keys()], ids: this.ids, averages: [...this.averages], count, nextId: count, dirt: 0 };
    return { json, postings, docs: lengths };
  }

  /** The minisearch index of every document added, with these options (their fields as given above). */
  build<T>(options: Options<T>): MiniSearch<T> {
    return loadMini(this.saved(), this.fields, options);
  }
}
