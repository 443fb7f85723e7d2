// Builds a minisearch index in one pass: postings are gathered per term and field in plain arrays
// and handed over as one number array (mini-saved.ts), where `add` walks the radix tree and a Map
// per token (most of a 10k-section build). The index equals what `add` builds, field lengths and
// averages included (test/search/mini-build.test.ts compares their toJSON).
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import { loadMini, type SavedMini } from './mini-saved.js';
import type { TokenizedDoc } from './mini-edit.js';

export class MiniBuilder {
  /** Term numbers, in first-seen order; a posting list per term and field at `term * fields + field`. */
  private readonly terms = new Map<string, number>();
  private readonly docs: number[][] = [];
  private readonly freqs: number[][] = [];
  private readonly ids = new Map<number, string>();
  private readonly lengths = new Map<number, number[]>();
  private readonly averages: number[] = [];
  private count = 0;

  /** @param fields minisearch's fields, in its order (field ids are positions here). */
  constructor(private readonly fields: readonly string[]) {}

  /** One document: its id and the tokens of each field, in field order (what `tokenize` gives). */
  add({ id, tokens }: TokenizedDoc): void {
    const doc = this.count++;
    const width = this.fields.length;
    this.ids.set(doc, id);
    const lengths: number[] = [];
    this.lengths.set(doc, lengths);
    tokens.forEach((list, field) => {
      // minisearch's field length is the number of distinct tokens, its average a running mean.
      const length = new Set(list).size;
      lengths[field] = length;
      this.averages[field] = ((this.averages[field] || 0) * doc + length) / (doc + 1);
      for (const term of list) {
        if (!term) continue;
        let number = this.terms.get(term);
        if (number === undefined) this.terms.set(term, (number = this.terms.size));
        const slot = number * width + field;
        const docs = (this.docs[slot] ??= []);
        const freqs = (this.freqs[slot] ??= []);
        // Documents arrive in order, so a repeat of this term is always the list's last entry.
        if (docs[docs.length - 1] === doc) freqs[freqs.length - 1]! += 1;
        else {
          docs.push(doc);
          freqs.push(1);
        }
      }
    });
  }

  /** Every document added, as the saved form that loadMini turns into a minisearch index. */
  saved(): SavedMini {
    const width = this.fields.length;
    let size = 0;
    for (const docs of this.docs) size += docs ? 2 * docs.length : 0;
    const postings = new Uint32Array(size + this.terms.size * width);
    let at = 0;
    for (const number of this.terms.values()) {
      for (let field = 0; field < width; field++) {
        const docs = this.docs[number * width + field] ?? [];
        postings[at] = docs.length;
        postings.set(docs, at + 1);
        postings.set(this.freqs[number * width + field] ?? [], at + 1 + docs.length);
        at += 1 + 2 * docs.length;
      }
    }
    const ids = [...this.ids.values()];
    const lengths = new Uint32Array(ids.length * (width + 1));
    [...this.lengths.values()].forEach((own, doc) => {
      lengths[doc * (width + 1)] = doc;
      for (let f = 0; f < width; f++) lengths[doc * (width + 1) + 1 + f] = own[f]!;
    });
    const json = { terms: [...this.terms.keys()], ids, averages: [...this.averages], count: this.count, nextId: this.count, dirt: 0 };
    return { json, postings, docs: lengths };
  }

  /** The minisearch index of every document added, with these options (their fields as given above). */
  build<T>(options: Options<T>): MiniSearch<T> {
    return loadMini(this.saved(), this.fields, options);
  }
}
