// What the search index holds and how it gets there: every chunk by id, `label: value` lines by
// their section, the minisearch index of the rest (title, near, crumbs, text, each read by the
// Korean analyzer) and the derived tables. Built in one pass, loaded from a snapshot, saved, and
// edited in place when notes change; ranking lives in search-index.ts.
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Chunk } from '../model/chunk.js';
import { docOf, SEP, termsOfText, type Doc } from './chunk-fields.js';
import { IndexTables, type SavedTables } from './index-tables.js';
import { LeanOr } from './bm25-or.js';
import { MiniBuilder } from './mini-build.js';
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
const FIELDS = ['title', 'near', 'crumbs', 'text'] as const;

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
  /** Terms and whole words of the chunk being added: the tokenizer fills them. */
  private sink: { terms: Set<number>; words: Set<string> } | undefined;
  /** Titles and breadcrumb segments repeat across thousands of chunks: each distinct one is analyzed once per build. */
  private readonly segments = new Map<string, { terms: string[]; words: string[] }>();

  /** @param saved a `save()` of an index of these very chunks (a snapshot). */
  constructor(
    private current: Chunk[],
    saved?: SavedIndex,
  ) {
    const a = saved?.arrays;
    this.tables = new IndexTables(
      saved && { json: saved.json.tables, chunkTerms: a!.chunkTerms, crumbTerms: a!.crumbTerms, wordCounts: a!.wordCounts },
      current,
    );
    if (saved) {
      this.saved = { json: saved.json.mini, postings: a!.postings, docs: a!.docs };
      this.addChunks(current, false);
    } else {
      const builder = new MiniBuilder(FIELDS, this.tables.table);
      this.addChunks(current, true, (doc) => builder.addNumbered(doc.id, this.numbered(doc)));
      this.saved = builder.saved();
      for (const [file, list] of byFile(current)) this.tables.minePairs(file, list);
    }
    this.mini = loadMini(this.saved, FIELDS, this.options());
    this.lean = new LeanOr(this.mini as MiniSearch<never>, Object.entries(BOOST));
  }

  get chunks(): Chunk[] {
    return this.current;
  }

  private options(): Options<Doc> {
    return {
      fields: [...FIELDS],
      tokenize: (text, field) => this.tokens(text!, field!).slice(),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    };
  }

  /** A field's index terms: title, near and crumbs (segment by segment) analyzed once per distinct text in a build. */
  private tokens(text: string, field: string, words?: Set<string>): string[] {
    if (field === 'text') return termsOfText(text, words);
    return field === 'title' ? this.once(text, words) : this.crumbTerms(text, words);
  }

  /**
   * A chunk's terms by field, numbered by the term table (one lookup per token, shared by the
   * minisearch build and the tables). While a chunk is being added they go to the tables too.
   */
  private numbered(doc: Doc, words = this.sink?.words): number[][] {
    const sink = this.sink;
    const table = this.tables.table;
    return FIELDS.map((field) => {
      const terms = this.tokens(doc[field], field, words);
      const numbers = terms.map((t) => table.idOf(t));
      // Far ancestors ("XFS , ext4 란?") do not say what a chunk covers; its title, subject,
      // parent and text do. Their terms are kept per distinct breadcrumb for half credit.
      if (sink && field !== 'crumbs') for (const n of numbers) sink.terms.add(n);
      if (sink && field === 'crumbs') this.tables.crumbKey(doc[field], () => terms);
      return numbers;
    });
  }

  /** @param words gets the chunk's whole words (default: the sink's, while a chunk is being added). */
  private tokenized(doc: Doc, words?: Set<string>): TokenizedDoc {
    const terms = this.tables.table.terms();
    return { id: doc.id, tokens: this.numbered(doc, words ?? this.sink?.words).map((numbers) => numbers.map((n) => terms[n]!)) };
  }

  /** Segment by segment, each distinct one analyzed once per build. */
  private crumbTerms(crumbs: string, words?: Set<string>): string[] {
    return crumbs.split(SEP).flatMap((segment) => this.once(segment, words));
  }

  /** termsOfText, once per distinct text in a build (titles and breadcrumbs repeat across thousands of chunks). */
  private once(text: string, words?: Set<string>): string[] {
    let seen = this.segments.get(text);
    if (!seen) {
      const own = new Set<string>();
      seen = { terms: termsOfText(text, own), words: [...own] };
      this.segments.set(text, seen);
    }
    if (words) for (const w of seen.words) words.add(w);
    return seen.terms;
  }

  /** @param index takes each indexed chunk's document (to minisearch) while its terms go to the tables. */
  private addChunks(chunks: Chunk[], build: boolean, index?: (doc: Doc) => void): void {
    for (const chunk of chunks) {
      this.byId.set(chunk.id, chunk);
      if (chunk.within) {
        const list = this.labels.get(chunk.within);
        if (list) list.push(chunk);
        else this.labels.set(chunk.within, [chunk]);
        // Its terms (for coverage only: it is not indexed) are worked out when it is first ranked.
      } else if (build) {
        this.sink = { terms: new Set(), words: new Set() };
        index?.(docOf(chunk));
        this.tables.addIndexed(chunk, this.sink.terms, this.sink.words);
        this.sink = undefined;
      }
    }
    this.segments.clear();
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
      if (!old.within) gone.push(this.tokenized(docOf(old), words));
      this.tables.remove(old, words);
      this.byId.delete(old.id);
      this.labels.delete(old.id);
    }
    // The saved arrays are the index's own (packed postings): an edit changes them.
    this.saved = undefined;
    removeDocs(this.mini, gone);
    const fresh = chunks.filter((c) => files.has(c.file));
    const added: TokenizedDoc[] = [];
    this.addChunks(fresh, true, (doc) => added.push(this.tokenized(doc)));
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
