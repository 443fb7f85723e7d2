// minisearch's OR search over exact terms, scored and ordered exactly as `mini.search` does (BM25+
// per field, summed per term then across terms, times the number of terms matched; ties in the order
// its result map met them), but into reused typed arrays, keeping only the best k: no result object,
// match map or term list per document, which is what made common terms (장점, 설정, kafka) costly.
// Each term's per-posting BM25 factors are computed once and kept flat until the index changes.
// Reads minisearch 7's internals; test/search/bm25-or.test.ts pins it to `mini.search`.
import type MiniSearch from 'minisearch';
import { internalsOf } from './mini-internals.js';
import { PackedPostings } from './packed-postings.js';

export interface OrHit {
  id: string;
  score: number;
}

/** minisearch's default BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Postings whose BM25 factors are kept (12 bytes each); past this the kept ones are dropped. */
const KEEP_POSTINGS = 4_000_000;

/** A term's postings, field after field in the order minisearch walks them, with their BM25 factor. */
interface Scored {
  docs: Uint32Array;
  /** idf × BM25+ term-frequency factor: a hit weighs (term boost × field boost) × this. */
  factors: Float64Array;
  /** Where each field's postings start in `docs`, plus the end. */
  starts: number[];
}

export class LeanOr {
  private total = new Float64Array(0);
  private termSum = new Float64Array(0);
  private matched = new Uint16Array(0);
  private mark = new Uint32Array(0);
  private stamp = 0;
  private readonly scored = new Map<string, Scored | null>();
  private kept = 0;

  /** @param fields field boosts, in minisearch's field order. */
  constructor(
    private readonly mini: MiniSearch<never>,
    private readonly fields: Array<[string, number]>,
  ) {}

  private grow(size: number): void {
    if (this.total.length >= size) return;
    this.total = new Float64Array(size);
    this.termSum = new Float64Array(size);
    this.matched = new Uint16Array(size);
    this.mark = new Uint32Array(size);
    this.stamp = 0;
  }

  /** Forget the kept factors: the index changed (document count, lengths and idf move with it). */
  reset(): void {
    this.scored.clear();
    this.kept = 0;
  }

  /** A term's postings and factors, computed on first use; null when no document has the term. */
  private scoredOf(term: string): Scored | null {
    const known = this.scored.get(term);
    if (known !== undefined) return known;
    const m = internalsOf(this.mini);
    const data = term ? m._index.get(term) : undefined;
    let out: Scored | null = null;
    if (data) {
      let size = 0;
      for (const postings of data.values()) size += postings.size;
      out = { docs: new Uint32Array(size), factors: new Float64Array(size), starts: [0] };
      let at = 0;
      for (const [field] of this.fields) {
        const fieldId = m._fieldIds[field]!;
        const postings = data.get(fieldId);
        if (postings) {
          const n = postings.size;
          const idf = Math.log(1 + (m._documentCount - n + 0.5) / (n + 0.5));
          const avg = m._avgFieldLength[fieldId]!;
          const scored = out;
          const each = (doc: number, tf: number) => {
            const len = m._fieldLength.get(doc)![fieldId]!;
            scored.docs[at] = doc;
            scored.factors[at++] = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg)));
          };
          if (postings instanceof PackedPostings) postings.each(each);
          else for (const [doc, tf] of postings) each(doc, tf);
        }
        out.starts.push(at);
      }
    }
    // Unknown terms are kept too (as null), counted as one posting, so typos cannot grow it unbounded.
    const size = out ? out.docs.length : 1;
    if (this.kept + size > KEEP_POSTINGS) this.reset();
    this.kept += size;
    this.scored.set(term, out);
    return out;
  }

  /** The best `k` documents of an OR query over `terms`, each weighted by `boost(term)`. */
  search(terms: string[], boost: (term: string) => number, k: number): OrHit[] {
    const m = internalsOf(this.mini);
    this.grow(m._nextId);
    const { total, termSum, matched, mark } = this;
    const order: number[] = [];
    const touched: number[] = [];
    for (const term of terms) {
      const scored = this.scoredOf(term);
      if (!scored) continue;
      const { docs, factors, starts } = scored;
      const weight = boost(term);
      const stamp = ++this.stamp;
      touched.length = 0;
      for (let f = 0; f < this.fields.length; f++) {
        // The same product minisearch forms, (term boost × field boost) × factor, so scores match to the bit.
        const scale = weight * this.fields[f]![1];
        for (let i = starts[f]!; i < starts[f + 1]!; i++) {
          const doc = docs[i]!;
          const weighted = scale * factors[i]!;
          if (mark[doc] === stamp) {
            termSum[doc] = termSum[doc]! + weighted;
            continue;
          }
          mark[doc] = stamp;
          termSum[doc] = weighted;
          touched.push(doc);
          if (matched[doc] === 0) order.push(doc);
        }
      }
      for (const doc of touched) {
        total[doc] = matched[doc] === 0 ? termSum[doc]! : total[doc]! + termSum[doc]!;
        matched[doc] = matched[doc]! + 1;
      }
    }
    // In first-seen order, a later document takes a place only with a strictly higher score.
    const best: Array<{ doc: number; score: number }> = [];
    for (const doc of order) {
      const score = total[doc]! * matched[doc]!;
      matched[doc] = 0;
      if (best.length === k && !(score > best[k - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at -= 1;
      best.splice(at, 0, { doc, score });
      if (best.length > k) best.pop();
    }
    if (this.stamp > 0xfffffff0) {
      this.mark.fill(0);
      this.stamp = 0;
    }
    return best.map((b) => ({ id: m._documentIds.get(b.doc)!, score: b.score }));
  }
}
