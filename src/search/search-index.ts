// The only file that imports minisearch. Indexes chunks with the Korean analyzer (title, breadcrumb
// and text, titles weighted most) and ranks hits by BM25 times how much of the question each chunk
// covers, so a chunk that shares one common word never outranks one that answers. Derived tables
// (term sets, frequencies, words, mined pairs) live in index-tables.ts; all of it can be saved
// (toJSON) and loaded back, and one note's chunks replaced in place (update).
import MiniSearch, { type Options } from 'minisearch';
import type { Chunk, GlossaryEntry } from '../model/chunk.js';
import { analyzeWords } from './analyze-ko.js';
import { planQuery, type Concept, type PlanContext } from './query.js';
import { coverage } from './coverage.js';
import { baseLexicon, Lexicon } from './lexicon.js';
import { Variants } from './variants.js';
import { docOf, SEP, termsOfText, type Doc } from './chunk-fields.js';
import { IndexTables, type SavedTables } from './index-tables.js';
import type { TermLookup } from './term-sets.js';
import { LeanOr } from './bm25-or.js';
import { MiniBuilder } from './mini-build.js';
import { addDocs, removeDocs, type TokenizedDoc } from './mini-edit.js';
import { loadMini, saveMini, type SavedMini } from './mini-saved.js';

export interface SearchHit {
  chunk: Chunk;
  /** Final ranking score (BM25 × coverage). */
  score: number;
  /** 0..1: IDF-weighted share of the question's concepts this chunk (with its breadcrumb) covers. */
  coverage: number;
}

export interface SearchOptions {
  /** Hits to return. Default 8. */
  limit?: number;
  /** Only chunks passing this filter. */
  filter?: (chunk: Chunk) => boolean;
}

/** A whole index as a little JSON and named number arrays (what the knowledge snapshot stores). */
export interface SavedIndex {
  json: { mini: SavedMini['json']; tables: SavedTables['json'] };
  arrays: Record<(typeof ARRAYS)[number], Uint32Array>;
}

/** The number arrays of a saved index, by name. */
export const ARRAYS = ['postings', 'docs', 'chunkTerms', 'crumbTerms', 'wordCounts'] as const;

/** How many of the best BM25 sections bring their `label: value` lines into the ranking. */
const LABELLED_SECTIONS = 20;
/** BM25 hits that go on to coverage ranking. */
const CANDIDATES = 60;
const BOOST = { title: 3, near: 2, crumbs: 0.7, text: 1 };
const FIELDS = ['title', 'near', 'crumbs', 'text'] as const;

export class SearchIndex {
  private current: Chunk[];
  /** Base lexicon, then the team's glossary and the pairs mined from these notes. */
  private lexiconNow!: Lexicon;
  private context!: PlanContext;
  private readonly mini: MiniSearch<Doc>;
  private readonly lean: LeanOr;
  private readonly byId = new Map<string, Chunk>();
  private readonly tables: IndexTables;
  /**
   * `label: value` chunks by the chunk they were cut from. They are not indexed themselves (that
   * would double a large index for text it already holds): a hit on their section brings them in.
   */
  private readonly labels = new Map<string, Chunk[]>();
  /** Terms and whole words of the chunk being added: the tokenizer that feeds minisearch fills them. */
  private sink: { terms: Set<string>; words: Set<string> } | undefined;
  /** Breadcrumb segments repeat across thousands of chunks: each distinct one is analyzed once per build. */
  private readonly segments = new Map<string, { terms: string[]; words: string[] }>();
  /** Whole-word terms of each title ranked so far (titles repeat across sections; a question ranks 60+ chunks). */
  private readonly titleWords = new Map<string, string[][]>();

  /** @param saved a `save()` of an index built from these very chunks and glossary (a snapshot). */
  constructor(
    chunks: Chunk[],
    private readonly glossary: GlossaryEntry[],
    saved?: SavedIndex,
  ) {
    this.current = chunks;
    const a = saved?.arrays;
    this.tables = new IndexTables(
      saved && { json: saved.json.tables, chunkTerms: a!.chunkTerms, crumbTerms: a!.crumbTerms, wordCounts: a!.wordCounts },
      chunks,
    );
    const options = this.options();
    if (saved) {
      this.mini = loadMini({ json: saved.json.mini, postings: a!.postings, docs: a!.docs }, FIELDS, options);
      this.addChunks(chunks, false);
    } else {
      const builder = new MiniBuilder(FIELDS);
      this.addChunks(chunks, true, (doc) => builder.add(this.tokenized(doc)));
      this.mini = builder.build(options);
    }
    this.lean = new LeanOr(this.mini as MiniSearch<never>, Object.entries(BOOST));
    if (!saved) for (const [file, list] of byFile(chunks)) this.tables.minePairs(file, list);
    this.relex();
  }

  get chunks(): Chunk[] {
    return this.current;
  }

  get lexicon(): Lexicon {
    return this.lexiconNow;
  }

  private options(): Options<Doc> {
    return {
      fields: [...FIELDS],
      tokenize: (text, field) => this.tokens(text!, field!),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    };
  }

  /** A field's index terms; while a chunk is being added, its terms and words go to the tables too. */
  private tokens(text: string, field: string): string[] {
    const sink = this.sink;
    const terms = field === 'crumbs' || field === 'near' ? this.crumbTerms(text, sink?.words) : termsOfText(text, sink?.words);
    // Far ancestors ("XFS , ext4 란?") do not say what a chunk covers; its title, subject,
    // parent and text do. Their terms are kept per distinct breadcrumb for half credit.
    if (sink && field !== 'crumbs') for (const t of terms) sink.terms.add(t);
    if (sink && field === 'crumbs') this.tables.crumbKey(text, () => terms);
    return terms;
  }

  private tokenized(doc: Doc): TokenizedDoc {
    return { id: doc.id, tokens: FIELDS.map((f) => this.tokens(doc[f], f)) };
  }

  /** Segment by segment, each distinct one analyzed once per build. */
  private crumbTerms(crumbs: string, words?: Set<string>): string[] {
    return crumbs.split(SEP).flatMap((segment) => {
      let seen = this.segments.get(segment);
      if (!seen) {
        const own = new Set<string>();
        seen = { terms: termsOfText(segment, own), words: [...own] };
        this.segments.set(segment, seen);
      }
      if (words) for (const w of seen.words) words.add(w);
      return seen.terms;
    });
  }

  /** @param index takes each indexed chunk's document (to minisearch) while its terms go to the tables. */
  private addChunks(chunks: Chunk[], build: boolean, index?: (doc: Doc) => void): void {
    for (const chunk of chunks) {
      this.byId.set(chunk.id, chunk);
      if (chunk.within) {
        const list = this.labels.get(chunk.within);
        if (list) list.push(chunk);
        else this.labels.set(chunk.within, [chunk]);
        if (build) this.tables.addLabel(chunk);
      } else if (build) {
        this.sink = { terms: new Set(), words: new Set() };
        index?.(docOf(chunk));
        this.tables.addIndexed(chunk, this.sink.terms, this.sink.words);
        this.sink = undefined;
      }
    }
    this.segments.clear();
  }

  /** Lexicon and planning context from the glossary and the mined pairs, in note order. */
  private relex(): void {
    this.lexiconNow = new Lexicon(baseLexicon());
    for (const entry of this.glossary) this.lexiconNow.add(entry.terms);
    const seen = new Set<string>();
    for (const file of byFile(this.current).keys()) {
      for (const pair of this.tables.pairs.get(file) ?? []) {
        const key = pair.join('\u0000');
        if (!seen.has(key)) this.lexiconNow.add(pair);
        seen.add(key);
      }
    }
    const words = this.tables.wordCount;
    this.context = {
      lexicon: this.lexiconNow,
      known: (t) => this.has(t),
      variants: new Variants(
        () => words.keys(),
        (t) => words.has(t),
      ),
    };
  }

  /**
   * Replace the chunks of `files` (changed, added or removed notes) in place: minisearch `remove`
   * and `add`, the tables adjusted, the lexicon and typo variants rebuilt. `chunks` is the whole
   * new list, in load order.
   */
  update(chunks: Chunk[], files: ReadonlySet<string>): void {
    const gone: TokenizedDoc[] = [];
    for (const old of this.current) {
      if (!files.has(old.file)) continue;
      if (!old.within) gone.push(this.tokenized(docOf(old)));
      this.tables.remove(old);
      this.byId.delete(old.id);
      this.labels.delete(old.id);
    }
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
    this.titleWords.clear();
    this.relex();
  }

  /** The whole index, saved: `new SearchIndex(chunks, glossary, saved)` loads it back. */
  save(): SavedIndex {
    const mini = saveMini(this.mini, FIELDS);
    const tables = this.tables.save(this.current);
    return {
      json: { mini: mini.json, tables: tables.json },
      arrays: {
        postings: mini.postings,
        docs: mini.docs,
        chunkTerms: tables.chunkTerms,
        crumbTerms: tables.crumbTerms,
        wordCounts: tables.wordCounts,
      },
    };
  }

  /** minisearch's own JSON of the index (for tests that compare indexes). */
  miniJSON(): unknown {
    return this.mini.toJSON();
  }

  /** Terms of a chunk (title, subject, parent, text) for coverage checks, precomputed. */
  termsOf(chunk: Chunk): TermLookup {
    return this.tables.termsOf(chunk);
  }

  /** Inverse document frequency of a term over the chunks; undefined when no chunk has it. */
  idf(term: string): number | undefined {
    const df = this.tables.dfOf(term);
    return df === undefined ? undefined : Math.log(1 + this.tables.indexed / df);
  }

  /** The weight of a word no chunk has: the highest there is, since it is what the notes lack. */
  get unknownWeight(): number {
    return 1.3 * Math.log(1 + 2 * this.tables.indexed);
  }

  /** Coverage of `concepts` by one chunk (see coverage.ts), far ancestors counting half. */
  coverageOf(concepts: Concept[], chunk: Chunk): number {
    return coverage(concepts, this.termsOf(chunk), (t) => this.idf(t), this.unknownWeight, this.tables.ancestorsOf(chunk));
  }

  /** Share of a chunk's title words the question names: "RAID란?" asks for the chunk titled RAID. */
  private titlePrecision(chunk: Chunk, asked: Set<string>): number {
    let words = this.titleWords.get(chunk.title);
    if (!words) this.titleWords.set(chunk.title, (words = analyzeWords(chunk.title).map((w) => w.terms)));
    if (words.length === 0) return 0;
    return words.filter((terms) => terms.some((t) => asked.has(t))).length / words.length;
  }

  plan(question: string): Concept[] {
    return planQuery(question, this.context);
  }

  /** True when some chunk has the term. */
  has(term: string): boolean {
    return this.tables.dfOf(term) !== undefined;
  }

  search(question: string | Concept[], options: SearchOptions = {}): SearchHit[] {
    const concepts = typeof question === 'string' ? this.plan(question) : question;
    if (concepts.length === 0 || this.chunks.length === 0) return [];
    const weights = new Map<string, number>();
    const weigh = (term: string, w: number) => weights.set(term, Math.max(weights.get(term) ?? 0, w));
    for (const c of concepts) {
      const soft = (c.soft ? 0.5 : 1) * (c.role === 'content' ? 1 : 0.5);
      c.terms.forEach((t, i) => weigh(t, i === 0 ? soft : 0.3 * soft));
      // Bigrams only when the word itself is unknown (a compound written differently).
      if (c.terms.every((t) => !this.has(t))) c.grams.forEach((t) => weigh(t, (0.6 * soft) / Math.max(1, c.grams.length - 1)));
      c.alts.forEach((alt) => alt.forEach((t) => weigh(t, (0.8 * soft) / alt.length)));
      c.parts.forEach((t) => weigh(t, (0.6 * soft) / c.parts.length));
      c.near.forEach((t) => weigh(t, 0.6 * soft));
    }
    const asked = new Set(concepts.flatMap((c) => [...c.terms, ...c.alts.flat(), ...c.near]));
    const boostTerm = (term: string) => weights.get(term) ?? 1;
    // minisearch's own search builds a result object per matching document; common terms match
    // thousands. The lean scorer ranks alike into typed arrays (a filter needs the full search).
    const raw = !options.filter
      ? this.lean.search([...weights.keys()], boostTerm, CANDIDATES)
      : this.mini.search(
          { combineWith: 'OR', queries: [...weights.keys()] },
          {
            boost: BOOST,
            boostTerm,
            weights: { fuzzy: 0.25, prefix: 0.3 },
            filter: options.filter ? (r) => options.filter!(this.byId.get(String(r.id))!) : undefined,
          },
        );
    const hits: SearchHit[] = [];
    const rank = (chunk: Chunk, bm25: number) => {
      const cov = this.coverageOf(concepts, chunk);
      // Coverage first; BM25 (dampened) orders chunks that cover a question alike.
      hits.push({ chunk, coverage: cov, score: Math.sqrt(bm25) * cov ** 6 * (1 + this.titlePrecision(chunk, asked)) });
    };
    raw.slice(0, CANDIDATES).forEach((r, i) => {
      const chunk = this.byId.get(String(r.id));
      if (!chunk) return;
      rank(chunk, r.score);
      // The best sections' `label: value` lines compete with them, on the section's BM25.
      if (i < LABELLED_SECTIONS)
        for (const line of this.labels.get(chunk.id) ?? []) if (!options.filter || options.filter(line)) rank(line, r.score);
    });
    hits.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
    return hits.slice(0, options.limit ?? 8);
  }
}

/** Chunks grouped by note, notes in load order. */
function byFile(chunks: Chunk[]): Map<string, Chunk[]> {
  const out = new Map<string, Chunk[]>();
  for (const c of chunks) {
    const list = out.get(c.file);
    if (list) list.push(c);
    else out.set(c.file, [c]);
  }
  return out;
}
