// Ranks the notes for a question: the question is planned into concepts (query.ts, with the
// lexicon, the glossary and pairs mined from the notes), BM25 over the index (indexed-chunks.ts)
// finds candidates, and each is ranked by BM25 times how much of the question it covers, so a
// chunk that shares one common word never outranks one that answers.
import type { Chunk, GlossaryEntry } from '../model/chunk.js';
import { analyzeWords } from './analyze-ko.js';
import { planQuery, type Concept, type PlanContext } from './query.js';
import { coverage } from './coverage.js';
import { CLASH_FACTOR, clashes, titleNames } from './subject-clash.js';
import { baseLexicon, Lexicon } from './lexicon.js';
import { Variants } from './variants.js';
import type { IndexTables } from './index-tables.js';
import type { TermLookup } from './term-sets.js';
import { BOOST, IndexedChunks, type SavedIndex } from './indexed-chunks.js';
import { byFile } from './index-build.js';

export { ARRAYS, type SavedIndex } from './indexed-chunks.js';

export interface SearchHit {
  chunk: Chunk;
  /** Final ranking score (BM25 × coverage). */
  score: number;
  /** 0..1: IDF-weighted share of the question's concepts this chunk (with its breadcrumb) covers. */
  coverage: number;
  /** The chunk is about another named thing than the question (see subject-clash.ts); its coverage was cut. */
  clash?: boolean;
}

export interface SearchOptions {
  /** Hits to return. Default 8. */
  limit?: number;
  /** Only chunks passing this filter. */
  filter?: (chunk: Chunk) => boolean;
}

/** How many of the best BM25 sections bring their `label: value` lines into the ranking. */
const LABELLED_SECTIONS = 20;
/** BM25 hits that go on to coverage ranking. */
const CANDIDATES = 60;

export class SearchIndex {
  private readonly held: IndexedChunks;
  /** Base lexicon, then the team's glossary and the pairs mined from these notes. */
  private lexiconNow!: Lexicon;
  private context!: PlanContext;
  /** Whole-word terms of each title ranked so far (titles repeat across sections; a question ranks 60+ chunks). */
  private readonly titleWords = new Map<string, string[][]>();

  /** @param saved a `save()` of an index built from these very chunks and glossary (a snapshot). */
  constructor(
    chunks: Chunk[],
    private readonly glossary: GlossaryEntry[],
    saved?: SavedIndex,
  ) {
    this.held = new IndexedChunks(chunks, saved);
    this.relex();
  }

  get chunks(): Chunk[] {
    return this.held.chunks;
  }

  get lexicon(): Lexicon {
    return this.lexiconNow;
  }

  private get tables(): IndexTables {
    return this.held.tables;
  }

  /** Lexicon and planning context from the glossary and the mined pairs, in note order. */
  private relex(): void {
    this.lexiconNow = new Lexicon(baseLexicon());
    for (const entry of this.glossary) this.lexiconNow.add(entry.terms);
    const seen = new Set<string>();
    for (const file of byFile(this.chunks).keys()) {
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
   * Replace the chunks of `files` (changed, added or removed notes) in place, the lexicon and typo
   * variants rebuilt. `chunks` is the whole new list, in load order.
   */
  update(chunks: Chunk[], files: ReadonlySet<string>): void {
    this.held.update(chunks, files);
    this.titleWords.clear();
    this.subjects = undefined;
    this.relex();
  }

  /** The whole index, saved: `new SearchIndex(chunks, glossary, saved)` loads it back. */
  save(): SavedIndex {
    return this.held.save();
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

  private subjects?: Set<string>;
  /** True when some section is titled with this name (SaaS, XFS): the notes are about it, not only mention it. */
  titlesName(term: string): boolean {
    return this.subjectNames.has(term);
  }

  /** Names (Latin terms) that title some section: what a question can name as its subject. */
  private get subjectNames(): Set<string> {
    this.subjects ??= new Set([...new Set(this.chunks.flatMap((c) => c.breadcrumb))].flatMap((t) => titleNames([t])));
    return this.subjects;
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
      ? this.held.lean.search([...weights.keys()], boostTerm, CANDIDATES)
      : this.held.mini.search(
          { combineWith: 'OR', queries: [...weights.keys()] },
          {
            boost: BOOST,
            boostTerm,
            weights: { fuzzy: 0.25, prefix: 0.3 },
            filter: options.filter ? (r) => options.filter!(this.held.byId.get(String(r.id))!) : undefined,
          },
        );
    const hits: SearchHit[] = [];
    const rank = (chunk: Chunk, bm25: number) => {
      let cov = this.coverageOf(concepts, chunk);
      const clash = cov > 0 && clashes(concepts, chunk.breadcrumb, this.termsOf(chunk), this.tables.ancestorsOf(chunk), this.subjectNames);
      if (clash) cov *= CLASH_FACTOR;
      // Coverage first; BM25 (dampened) orders chunks that cover a question alike.
      const score = Math.sqrt(bm25) * cov ** 6 * (1 + this.titlePrecision(chunk, asked));
      hits.push(clash ? { chunk, coverage: cov, score, clash } : { chunk, coverage: cov, score });
    };
    raw.slice(0, CANDIDATES).forEach((r, i) => {
      const chunk = this.held.byId.get(String(r.id));
      if (!chunk) return;
      rank(chunk, r.score);
      // The best sections' `label: value` lines compete with them, on the section's BM25.
      if (i < LABELLED_SECTIONS)
        for (const line of this.held.labels.get(chunk.id) ?? []) if (!options.filter || options.filter(line)) rank(line, r.score);
    });
    hits.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
    return hits.slice(0, options.limit ?? 8);
  }
}
