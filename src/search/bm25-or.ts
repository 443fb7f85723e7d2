// minisearch's OR search over exact terms, scored and ordered exactly as `mini.search` does (BM25+
// per field, summed per term then across terms, times the number of terms matched; ties in the order
// its result map met them), but into reused typed arrays, keeping only the best k: no result object,
// match map or term list per document, which is what made common terms (장점, 설정, kafka) costly.
// Reads minisearch 7's internals; test/search/bm25-or.test.ts pins it to `mini.search`.
import type MiniSearch from 'minisearch';

type Postings = Map<number, number>;
interface Internals {
  _index: { get(term: string): Map<number, Postings> | undefined };
  _fieldIds: Record<string, number>;
  _documentCount: number;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, string>;
  _nextId: number;
}

export interface OrHit {
  id: string;
  score: number;
}

/** minisearch's default BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export class LeanOr {
  private total = new Float64Array(0);
  private termSum = new Float64Array(0);
  private matched = new Uint16Array(0);
  private mark = new Uint32Array(0);
  private stamp = 0;

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

  /** The best `k` documents of an OR query over `terms`, each weighted by `boost(term)`. */
  search(terms: string[], boost: (term: string) => number, k: number): OrHit[] {
    const m = this.mini as unknown as Internals;
    this.grow(m._nextId);
    const { total, termSum, matched, mark } = this;
    const order: number[] = [];
    const touched: number[] = [];
    for (const term of terms) {
      const data = term ? m._index.get(term) : undefined;
      if (!data) continue;
      const weight = boost(term);
      const stamp = ++this.stamp;
      touched.length = 0;
      for (const [field, fieldBoost] of this.fields) {
        const fieldId = m._fieldIds[field]!;
        const postings = data.get(fieldId);
        if (!postings) continue;
        const n = postings.size;
        const idf = Math.log(1 + (m._documentCount - n + 0.5) / (n + 0.5));
        const avg = m._avgFieldLength[fieldId]!;
        for (const [doc, tf] of postings) {
          const len = m._fieldLength.get(doc)![fieldId]!;
          const weighted = 1 * weight * fieldBoost * 1 * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg))));
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
