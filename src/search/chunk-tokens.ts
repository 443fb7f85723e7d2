// A chunk's index terms field by field, numbered by the index's term table, and its whole words:
// how a build, a build fed note by note and an incremental reload all read a chunk. Titles and
// breadcrumb segments repeat across thousands of chunks, so each distinct one is analyzed once.
import type { Chunk } from '../model/chunk.js';
import { docOf, FIELDS, SEP, termsOfText, type Doc } from './chunk-fields.js';
import type { IndexTables } from './index-tables.js';
import type { TokenizedDoc } from './mini-edit.js';

/** Field position of the far ancestors in FIELDS: the only field that does not say what a chunk covers. */
const CRUMBS = FIELDS.indexOf('crumbs');

/**
 * A chunk's own terms, sorted and distinct, from its numbered fields. Far ancestors ("XFS , ext4
 * 란?") do not say what a chunk covers; its title, subject, parent and text do (the breadcrumb's
 * terms are kept per distinct breadcrumb, for half credit).
 */
function ownTerms(numbers: readonly number[][]): Uint32Array {
  let size = 0;
  numbers.forEach((list, field) => field !== CRUMBS && (size += list.length));
  const all = new Uint32Array(size);
  let at = 0;
  numbers.forEach((list, field) => {
    if (field === CRUMBS) return;
    for (const n of list) all[at++] = n;
  });
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i]!;
  return all.slice(0, kept);
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
   * @param words gets the chunk's whole words.
   * @param indexing the chunk is being indexed: its breadcrumb's terms go to the tables.
   */
  numbered(doc: Doc, words?: Set<string>, indexing = false): number[][] {
    const table = this.tables.table;
    return FIELDS.map((field) => {
      const terms = this.tokens(doc[field], field, words);
      const numbers = new Array<number>(terms.length);
      for (let i = 0; i < terms.length; i++) numbers[i] = table.idOf(terms[i]!);
      if (indexing && field === 'crumbs') this.tables.crumbKey(doc[field], () => terms);
      return numbers;
    });
  }

  /** Index `chunk` in the tables (its own terms, whole words, breadcrumb); its numbered fields, for minisearch. */
  index(chunk: Chunk): number[][] {
    const words = new Set<string>();
    const numbers = this.numbered(docOf(chunk), words, true);
    this.tables.addIndexed(chunk, ownTerms(numbers), words);
    return numbers;
  }

  /** Numbers as the terms themselves (what minisearch's add and remove take). */
  tokenized(id: string, numbers: readonly number[][]): TokenizedDoc {
    const terms = this.tables.table.terms();
    return { id, tokens: numbers.map((list) => list.map((n) => terms[n]!)) };
  }

  /** A field's index terms: title, near and crumbs (segment by segment) analyzed once per distinct text. */
  tokens(text: string, field: string, words?: Set<string>): string[] {
    if (field === 'text') return termsOfText(text, words);
    if (field === 'title' || !text.includes(SEP)) return this.once(text, words);
    const out: string[] = [];
    for (const segment of text.split(SEP)) for (const t of this.once(segment, words)) out.push(t);
    return out;
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
