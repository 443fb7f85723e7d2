// What the search index holds and how it gets there: every chunk by id, `label: value` lines by
// their section, the minisearch index of the rest (title, near, crumbs, text, each read by the
// Korean analyzer) and the derived tables. Built in one pass, loaded from a snapshot, saved, and
// edited in place when notes change; ranking lives in search-index.ts.
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Chunk } from '../model/chunk.js';
import { docOf, FIELDS, type Doc } from './chunk-fields.js';
import { ChunkTokens } from './chunk-tokens.js';
import { IndexTables, type SavedTables } from './index-tables.js';
import { LeanOr } from './bm25-or.js';
import { buildIndex } from './index-build.js';
import { addDocs, removeDocs, type TokenizedDoc } from './mini-edit.js';
import { loadMini, saveMini, type SavedMini } from './mini-saved.js';

/** The number arrays of a saved index, by name. */
export const ARRAYS = ['postings', 'docs', 'chunkTerms', 'crumbTerms', 'wordCounts'] as const;

/** A whole index as a little JSON and named number arrays (what the knowledge snapshot stores). */
export interface SavedIndex {
  json: { mini: SavedMini['json']; tables: SavedTables['json'] };
  arrays: Record<(typeof ARRAYS)[number], Uint32Array>;
}

/** Field boosts: a chunk's title says most, its parent and subject next, far ancestors least. */
export const BOOST = { title: 3, near: 2, crumbs: 0.7, text: 1 };

export class IndexedChunks {
  readonly mini: MiniSearch<Doc>;
  /** minisearch's OR search, lean (see bm25-or.ts). */
  readonly lean: LeanOr;
  readonly tables: IndexTables;
  readonly byId = new Map<string, Chunk>();
  /**
   * `label: value` chunks by the chunk they were cut from. They are not indexed themselves (that
   * would double a large index for text it already holds): a hit on their section brings them in.
   */
  readonly labels = new Map<string, Chunk[]>();
  /** The index as saved or built, until an edit: saving it again costs nothing. */
  private saved: SavedMini | undefined;
  private readonly tokens: ChunkTokens;

  /** @param saved a `save()` of an index of these very chunks (a snapshot); default: built here. */
  constructor(
    private current: Chunk[],
    saved?: SavedIndex,
  ) {
    if (saved) {
      const a = saved.arrays;
      this.tables = new IndexTables(
        { json: saved.json.tables, chunkTerms: a.chunkTerms, crumbTerms: a.crumbTerms, wordCounts: a.wordCounts },
        current,
      );
      this.saved = { json: saved.json.mini, postings: a.postings, docs: a.docs };
    } else {
      const built = buildIndex(current);
      this.tables = built.tables;
      this.saved = built.mini;
    }
    this.tokens = new ChunkTokens(this.tables);
    this.addChunks(current);
    this.mini = loadMini(this.saved, FIELDS, this.options());
    this.lean = new LeanOr(this.mini as MiniSearch<never>, Object.entries(BOOST));
  }

  get chunks(): Chunk[] {
    return this.current;
  }

  private options(): Options<Doc> {
    return {
      fields: [...FIELDS],
      tokenize: (text, field) => this.tokens.tokens(text!, field!).slice(),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    };
  }

  /**
   * Chunks by id and `label: value` lines by section. @param index takes each indexed chunk's
   * document (to minisearch) while its terms go to the tables (an edit; a build has done both).
   */
  private addChunks(chunks: Chunk[], index?: (doc: TokenizedDoc) => void): void {
    for (const chunk of chunks) {
      this.byId.set(chunk.id, chunk);
      if (chunk.within) {
        const list = this.labels.get(chunk.within);
        if (list) list.push(chunk);
        else this.labels.set(chunk.within, [chunk]);
        // Its terms (for coverage only: it is not indexed) are worked out when it is first ranked.
      } else if (index) {
        index(this.tokens.tokenized(chunk.id, this.tokens.index(chunk)));
      }
    }
    this.tokens.clear();
  }

  /**
   * Replace the chunks of `files` (changed, added or removed notes) in place, exactly as minisearch's
   * `remove` and `add` would, the tables adjusted. `chunks` is the whole new list, in load order.
   */
  update(chunks: Chunk[], files: ReadonlySet<string>): void {
    const gone: TokenizedDoc[] = [];
    for (const old of this.current) {
      if (!files.has(old.file)) continue;
      // One reading of the chunk gives minisearch its tokens and the tables its words.
      const words = new Set<string>();
      if (!old.within) gone.push(this.tokens.tokenized(old.id, this.tokens.numbered(docOf(old), words)));
      this.tables.remove(old, words);
      this.byId.delete(old.id);
      this.labels.delete(old.id);
    }
    // The saved arrays are the index's own (packed postings): an edit changes them.
    this.saved = undefined;
    removeDocs(this.mini, gone);
    const fresh = chunks.filter((c) => files.has(c.file));
    const added: TokenizedDoc[] = [];
    this.addChunks(fresh, (doc) => added.push(doc));
    addDocs(this.mini, added);
    for (const file of files)
      this.tables.minePairs(
        file,
        fresh.filter((c) => c.file === file),
      );
    this.current = chunks;
    this.lean.reset();
  }

  /** The whole index, saved: `new IndexedChunks(chunks, saved)` loads it back. */
  save(): SavedIndex {
    const mini = this.saved ?? saveMini(this.mini, FIELDS);
    const tables = this.tables.save(this.current);
    const { chunkTerms, crumbTerms, wordCounts } = tables;
    return {
      json: { mini: mini.json, tables: tables.json },
      arrays: { postings: mini.postings, docs: mini.docs, chunkTerms, crumbTerms, wordCounts },
    };
  }
}
