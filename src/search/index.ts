// The only file that imports minisearch (placeholder until the index lands).
import type { Chunk } from '../knowledge/types.js';

export interface SearchHit {
  chunk: Chunk;
  score: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}
