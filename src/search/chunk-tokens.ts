// A chunk's index terms field by field, numbered by the index's term table, and its whole words:
// how a build, a build fed note by note and an incremental reload all read a chunk. Titles and
// breadcrumb segments repeat across thousands of chunks, so each distinct one is analyzed once.
import { FIELDS, SEP, termsOfText, type Doc } from './chunk-fields.js';
import type { IndexTables } from './index-tables.js';
import type { TokenizedDoc } from './mini-edit.js';

/** Where an indexed chunk's terms (title, near and text fields, numbered) and whole words go. */
export interface ChunkSink {
  terms: Set<number>;
  words: Set<string>;
}

export class ChunkTokens {
  private readonly segments = new Map<string, { terms: string[]; words: string[] }>();

  constructor(private readonly tables: IndexTables) {}

  /** Forget the analyzed titles and segments (they are kept for one build or edit only). */
  clear(): void {
    this.segments.clear();
  }

  /**
   * A chunk's terms by field, numbered (one lookup per token, shared by minisearch and the tables).
   * With `sink`, its title, near and text terms go there and its breadcrumb to the tables.
   * @param words gets the chunk's whole words (default: the sink's).
   */
  numbered(doc: Doc, sink?: ChunkSink, words = sink?.words): number[][] {
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

  /** numbered(), as the terms themselves (what minisearch's add and remove take). */
  tokenized(doc: Doc, sink?: ChunkSink, words?: Set<string>): TokenizedDoc {
    const terms = this.tables.table.terms();
    return { id: doc.id, tokens: this.numbered(doc, sink, words ?? sink?.words).map((numbers) => numbers.map((n) => terms[n]!)) };
  }

  /** A field's index terms: title, near and crumbs (segment by segment) analyzed once per distinct text. */
  tokens(text: string, field: string, words?: Set<string>): string[] {
    if (field === 'text') return termsOfText(text, words);
    return field === 'title' ? this.once(text, words) : text.split(SEP).flatMap((segment) => this.once(segment, words));
  }

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
}
