// Compact precomputed term sets: every distinct index term gets a number once per index, and a
// chunk's terms are a sorted Uint32Array of those numbers. Coverage checks read these instead of
// analyzing candidate chunks' text again for every question, at a fraction of a Set's memory.

/** What coverage checks need from a chunk's terms. */
export interface TermLookup {
  has(term: string): boolean;
}

/** Numbers for terms, shared by every set of one index. */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  constructor(terms: readonly string[] = []) {
    for (const t of terms) this.idOf(t);
  }

  /** The term's number, assigned on first sight. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  lookup(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Every term in number order (what a snapshot stores). */
  terms(): readonly string[] {
    return this.list;
  }

  /** A compact set of `terms`. */
  pack(terms: Iterable<string>): Uint32Array {
    return Uint32Array.from(terms instanceof Set ? terms : new Set(terms), (t) => this.idOf(t)).sort();
  }

  view(ids: Uint32Array): TermLookup {
    return new PackedTerms(this, ids);
  }
}

class PackedTerms implements TermLookup {
  constructor(
    private readonly table: TermTable,
    private readonly ids: Uint32Array,
  ) {}

  has(term: string): boolean {
    const id = this.table.lookup(term);
    if (id === undefined) return false;
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ids[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
