// Building an index in one pass: each indexed chunk's terms go to minisearch's one-pass builder and
// the derived tables, in load order, then synonym pairs are mined per note. What IndexedChunks is
// made from when no snapshot is.
import type { Chunk } from '../model/chunk.js';
import { FIELDS } from './chunk-fields.js';
import { ChunkTokens } from './chunk-tokens.js';
import { IndexTables } from './index-tables.js';
import { MiniBuilder } from './mini-build.js';
import type { SavedMini } from './mini-saved.js';

/** A finished build: the tables and the minisearch index in its saved form. */
export interface BuiltIndex {
  tables: IndexTables;
  mini: SavedMini;
}

/** The index of `chunks` (`label: value` chunks are not indexed: a hit on their section brings them). */
export function buildIndex(chunks: Chunk[]): BuiltIndex {
  const tables = new IndexTables();
  const tokens = new ChunkTokens(tables);
  const builder = new MiniBuilder(FIELDS, tables.table);
  for (const chunk of chunks) if (!chunk.within) builder.addNumbered(chunk.id, tokens.index(chunk));
  for (const [file, list] of byFile(chunks)) tables.minePairs(file, list);
  return { tables, mini: builder.saved() };
}

/** Chunks grouped by note, notes in load order. */
export function byFile(chunks: Chunk[]): Map<string, Chunk[]> {
  const out = new Map<string, Chunk[]>();
  for (const c of chunks) {
    const list = out.get(c.file);
    if (list) list.push(c);
    else out.set(c.file, [c]);
  }
  return out;
}
