// One term's postings in one field (document → term frequency), the Map minisearch keeps per term
// and field, served from a slice of one shared number array instead: a 10k-section index has a
// million postings, and making a million Map entries was most of a warm start and a tenth of the
// heap. An update edits it as minisearch edits a Map: a frequency in place, a removal as a zero (no
// posting has a zero frequency), a new document in a small Map after the packed ones (new
// documents have the highest ids, so the order stays ascending, as a Map's insertion order would be).

/** Documents (ascending) then their term frequencies, `n` of each, from `start` in `flat`. */
export class PackedPostings implements Map<number, number> {
  private removed = 0;
  private extra: Map<number, number> | undefined;

  constructor(
    private readonly flat: Uint32Array,
    private readonly start: number,
    private readonly n: number,
  ) {}

  get [Symbol.toStringTag](): string {
    return 'Map';
  }

  get size(): number {
    return this.n - this.removed + (this.extra?.size ?? 0);
  }

  /** Where `doc`'s frequency sits in `flat` when it is a packed, not removed, posting; else -1. */
  private slot(doc: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.flat[this.start + mid]!;
      if (v === doc) {
        const at = this.start + this.n + mid;
        return this.flat[at] === 0 ? -1 : at;
      }
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(doc: number): number | undefined {
    const at = this.slot(doc);
    return at >= 0 ? this.flat[at] : this.extra?.get(doc);
  }

  has(doc: number): boolean {
    return this.get(doc) !== undefined;
  }

  set(doc: number, tf: number): this {
    const at = this.slot(doc);
    if (at >= 0 && tf > 0) this.flat[at] = tf;
    else {
      if (at >= 0) this.delete(doc);
      (this.extra ??= new Map()).set(doc, tf);
    }
    return this;
  }

  delete(doc: number): boolean {
    const at = this.slot(doc);
    if (at < 0) return this.extra?.delete(doc) ?? false;
    this.flat[at] = 0;
    this.removed += 1;
    return true;
  }

  clear(): void {
    for (let i = 0; i < this.n; i++) this.flat[this.start + this.n + i] = 0;
    this.removed = this.n;
    this.extra = undefined;
  }

  /** Call `fn` for every posting in order, without an entry array each (what the lean scorer walks). */
  each(fn: (doc: number, tf: number) => void): void {
    const { flat, start, n } = this;
    for (let i = 0; i < n; i++) {
      const tf = flat[start + n + i]!;
      if (tf !== 0) fn(flat[start + i]!, tf);
    }
    if (this.extra) for (const [doc, tf] of this.extra) fn(doc, tf);
  }

  *entries(): MapIterator<[number, number]> {
    const { flat, start, n } = this;
    for (let i = 0; i < n; i++) if (flat[start + n + i] !== 0) yield [flat[start + i]!, flat[start + n + i]!];
    if (this.extra) yield* this.extra.entries();
  }

  *keys(): MapIterator<number> {
    for (const [doc] of this.entries()) yield doc;
  }

  *values(): MapIterator<number> {
    for (const [, tf] of this.entries()) yield tf;
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  forEach(fn: (tf: number, doc: number, map: Map<number, number>) => void, self?: unknown): void {
    for (const [doc, tf] of this.entries()) fn.call(self, tf, doc, this);
  }
}
