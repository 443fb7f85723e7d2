// Builds a minisearch index in one pass: postings are gathered in hash maps and handed to
// minisearch's radix tree once per distinct term, where `add` walks the tree once per token (most
// of a 10k-section build). The index equals what `add` builds, field lengths and averages included
// (test/search/mini-build.test.ts compares their toJSON); like bm25-or.ts it reads minisearch 7's internals.
import MiniSearch, { type Options } from 'minisearch';

type Postings = Map<number, number>;
interface Internals {
  _index: { set(term: string, data: Map<number, Postings>): unknown };
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
}

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
  add(id: string, tokens: ReadonlyArray<readonly string[]>): void {
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

  /** The minisearch index of every document added, with these options (their fields as given above). */
  build<T>(options: Options<T>): MiniSearch<T> {
    const mini = MiniSearch.loadJS<T>(
      {
        documentCount: this.count,
        nextId: this.count,
        documentIds: {},
        fieldIds: Object.fromEntries(this.fields.map((f, i) => [f, i])),
        fieldLength: {},
        averageFieldLength: [...this.averages],
        storedFields: {},
        dirtCount: 0,
        index: [],
        serializationVersion: 2,
      },
      options,
    );
    const inner = mini as unknown as Internals;
    inner._documentIds = this.ids;
    inner._fieldLength = this.lengths;
    for (const [doc, id] of this.ids) inner._idToShortId.set(id, doc);
    const width = this.fields.length;
    for (const [term, number] of this.terms) {
      const data = new Map<number, Postings>();
      for (let field = 0; field < width; field++) {
        const docs = this.docs[number * width + field];
        if (!docs) continue;
        const freqs = this.freqs[number * width + field]!;
        const postings: Postings = new Map();
        for (let i = 0; i < docs.length; i++) postings.set(docs[i]!, freqs[i]!);
        data.set(field, postings);
      }
      inner._index.set(term, data);
    }
    return mini;
  }
}
