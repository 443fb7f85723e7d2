// The confidence bars every composer shares, in one place so the lookup, the comparison sides and
// the suggestion band agree on what "the notes cover this" means.

/** Share of the question (IDF-weighted) the best chunk must cover to count as an answer. */
export const MIN_COVERAGE = 0.6;
