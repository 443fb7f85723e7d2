// Building an index: each indexed chunk's terms go to minisearch's one-pass builder and the derived
// tables, chunks added in load order (note by note or all at once: the index is the same), then
// synonym pairs are mined per note. finish() gives what IndexedChunks is made from.
import type { Chunk } from '../model/chunk.js';
import { docOf, FIELDS } from './chunk-fields.js';
import { ChunkTokens, ownTerms } from './chunk-tokens.js';
import { IndexTables } from './index-tables.js';
import { MiniBuilder } from './mini-build.js';
import type { SavedMini } from './mini-saved.js';

/** A finished build: the tables and the minisearch index in its saved form. */
export interface BuiltIndex {
  tables: IndexTables;
  mini: SavedMini;
}

export class IndexBuild {
  private readonly tables = new IndexTables();
  private readonly tokens = new ChunkTokens(this.tables);
  private readonly builder = new MiniBuilder(FIELDS, this.tables.table);
  /** Chunks by note, notes in the order they came (synonym pairs are mined per note at the end). */
  private readonly files = new Map<string, Chunk[]>();
  private done = false;

  /** The next chunks, in load order (`label: value` chunks are not indexed: a hit on their section brings them). */
  add(chunks: Chunk[]): void {
    if (this.done) throw new Error('IndexBuild: add() after finish()');
    for (const chunk of chunks) {
      const list = this.files.get(chunk.file);
      if (list) list.push(chunk);
      else this.files.set(chunk.file, [chunk]);
      if (chunk.within) continue;
      const words = new Set<string>();
      const numbers = this.tokens.numbered(docOf(chunk), words, true);
      this.builder.addNumbered(chunk.id, numbers);
      this.tables.addIndexed(chunk, ownTerms(numbers), words);
    }
  }

  finish(): BuiltIndex {
    this.done = true;
    this.tokens.clear();
    for (const [file, list] of this.files) this.tables.minePairs(file, list);
    return { tables: this.tables, mini: this.builder.saved() };
  }
}

/** The index of `chunks`, built at once. */
export function buildIndex(chunks: Chunk[]): BuiltIndex {
  const build = new IndexBuild();
  build.add(chunks);
  return build.finish();
}
