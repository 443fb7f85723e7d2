// The only file that imports minisearch. Indexes chunks with the Korean analyzer (title, breadcrumb
// and text, titles weighted most) and ranks hits by BM25 times how much of the question each chunk
// covers, so a chunk that shares one common word never outranks one that answers.
import MiniSearch from 'minisearch';
import type { Chunk, GlossaryEntry } from '../model/chunk.js';
import { analyze, analyzeWords } from './analyze-ko.js';
import { planQuery, type Concept, type PlanContext } from './query.js';
import { coverage } from './coverage.js';
import { baseLexicon, Lexicon } from './lexicon.js';
import { minePairs } from './mined-pairs.js';
import { Variants } from './variants.js';

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

const SEP = '\u001f';
/** How many of the best BM25 sections bring their `label: value` lines into the ranking. */
const LABELLED_SECTIONS = 20;
/** Chunks whose coverage terms are kept between questions. */
const TERMS_CACHE = 16_384;

/**
 * What a chunk is about, nearest first: its subject (for aspect chunks) and its parent section.
 * "XFS › 단점" must beat "ext4 › 단점" for "XFS 단점" even though both sit under "XFS , ext4 란?".
 */
function nearOf(chunk: Chunk): string {
  const subject = chunk.subject?.split(' › ').pop();
  const parent = chunk.breadcrumb[chunk.breadcrumb.length - 2];
  return [...new Set([subject, parent, chunk.context].filter((s): s is string => Boolean(s)))].join(SEP);
}

interface Doc {
  id: string;
  title: string;
  near: string;
  crumbs: string;
  text: string;
}

export class SearchIndex {
  readonly chunks: Chunk[];
  /** Base lexicon, then the team's glossary and the pairs mined from these notes. */
  readonly lexicon: Lexicon;
  private readonly context: PlanContext;
  private readonly mini: MiniSearch<Doc>;
  private readonly byId = new Map<string, Chunk>();
  private readonly terms = new Map<string, Set<string>>();
  private readonly ancestors = new Map<string, Set<string>>();
  private readonly df = new Map<string, number>();
  private readonly segmentCache = new Map<string, string[]>();
  /** Whole-word terms (no Hangul bigrams): what typo variants and compound splits may land on. */
  private readonly words = new Set<string>();
  /**
   * `label: value` chunks by the chunk they were cut from. They are not indexed themselves (that
   * would double a large index for text it already holds): a hit on their section brings them in.
   */
  private readonly labels = new Map<string, Chunk[]>();
  /** Chunks in the minisearch index (every chunk but the `label: value` ones). */
  private indexed = 0;

  constructor(chunks: Chunk[], glossary: GlossaryEntry[]) {
    this.chunks = chunks;
    this.lexicon = new Lexicon(baseLexicon());
    for (const entry of glossary) this.lexicon.add(entry.terms);
    // Each chunk is analyzed once: the tokenizer that feeds minisearch also counts document
    // frequencies (for IDF) from the fields that say what a chunk covers.
    let current: Set<string> | undefined;
    this.mini = new MiniSearch<Doc>({
      fields: ['title', 'near', 'crumbs', 'text'],
      tokenize: (text, field) => {
        const terms = field === 'crumbs' || field === 'near' ? this.crumbTerms(text) : this.tokens(text);
        // Far ancestors ("XFS , ext4 란?") do not say what a chunk covers; its title, subject,
        // parent and text do.
        if (current && field !== 'crumbs') for (const t of terms) current.add(t);
        return terms;
      },
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    for (const chunk of chunks) {
      this.byId.set(chunk.id, chunk);
      if (chunk.within) {
        this.labels.set(chunk.within, [...(this.labels.get(chunk.within) ?? []), chunk]);
        continue;
      }
      this.indexed += 1;
      current = new Set();
      this.mini.add({ id: chunk.id, title: chunk.title, near: nearOf(chunk), crumbs: chunk.breadcrumb.slice(0, -2).join(SEP), text: chunk.text });
      for (const term of current) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
    current = undefined;
    this.segmentCache.clear();
    const seen = new Set<string>();
    for (const chunk of chunks) {
      for (const text of [chunk.title, chunk.text]) {
        for (const pair of minePairs(text)) {
          const key = pair.join('\u0000');
          if (!seen.has(key)) this.lexicon.add(pair);
          seen.add(key);
        }
      }
    }
    const known = (term: string) => this.df.has(term);
    this.context = { lexicon: this.lexicon, known, variants: new Variants(() => this.words, (t) => this.words.has(t)) };
  }

  /** Index terms of a text, remembering its whole words. */
  private tokens(text: string): string[] {
    const out: string[] = [];
    for (const w of analyzeWords(text)) {
      for (const t of w.terms) this.words.add(t);
      out.push(...w.terms, ...(w.parts ?? []), ...w.grams);
    }
    return out;
  }

  /** Breadcrumb segments repeat across thousands of chunks: analyze each distinct one once. */
  private crumbTerms(crumbs: string): string[] {
    return crumbs.split(SEP).flatMap((segment) => {
      let terms = this.segmentCache.get(segment);
      if (!terms) {
        terms = this.tokens(segment);
        this.segmentCache.set(segment, terms);
      }
      return terms;
    });
  }

  /**
   * Terms of a chunk (title, subject, parent, text) for coverage checks. Analyzed again on demand
   * and kept for the most recently ranked chunks only: a set per chunk would double the memory
   * of a large index.
   */
  termsOf(chunk: Chunk): Set<string> {
    let set = this.terms.get(chunk.id);
    if (!set) {
      set = new Set(analyze(`${chunk.title}\n${nearOf(chunk)}\n${chunk.text}`));
      this.terms.set(chunk.id, set);
      if (this.terms.size > TERMS_CACHE) this.terms.delete(this.terms.keys().next().value!);
    }
    return set;
  }

  /** Inverse document frequency of a term over the chunks; undefined when no chunk has it. */
  idf(term: string): number | undefined {
    const df = this.df.get(term);
    return df === undefined ? undefined : Math.log(1 + this.indexed / df);
  }

  /** The weight of a word no chunk has: the highest there is, since it is what the notes lack. */
  get unknownWeight(): number {
    return 1.3 * Math.log(1 + 2 * this.indexed);
  }

  /** Coverage of `concepts` by one chunk (see coverage.ts), far ancestors counting half. */
  coverageOf(concepts: Concept[], chunk: Chunk): number {
    return coverage(concepts, this.termsOf(chunk), (t) => this.idf(t), this.unknownWeight, this.ancestorsOf(chunk));
  }

  /** Terms of a chunk's far ancestors, a set per distinct breadcrumb (sibling chunks share one). */
  private ancestorsOf(chunk: Chunk): Set<string> {
    const key = chunk.breadcrumb.slice(0, -2).join(SEP);
    let set = this.ancestors.get(key);
    if (!set) {
      set = new Set(this.crumbTerms(key));
      this.ancestors.set(key, set);
      if (this.ancestors.size > TERMS_CACHE) this.ancestors.delete(this.ancestors.keys().next().value!);
    }
    return set;
  }

  /** Share of a chunk's title words the question names: "RAID란?" asks for the chunk titled RAID. */
  private titlePrecision(chunk: Chunk, asked: Set<string>): number {
    const words = analyzeWords(chunk.title);
    if (words.length === 0) return 0;
    return words.filter((w) => w.terms.some((t) => asked.has(t))).length / words.length;
  }

  plan(question: string): Concept[] {
    return planQuery(question, this.context);
  }

  /** True when some chunk has the term. */
  has(term: string): boolean {
    return this.df.has(term);
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
      if (c.terms.every((t) => !this.df.has(t))) c.grams.forEach((t) => weigh(t, (0.6 * soft) / Math.max(1, c.grams.length - 1)));
      c.alts.forEach((alt) => alt.forEach((t) => weigh(t, (0.8 * soft) / alt.length)));
      c.parts.forEach((t) => weigh(t, (0.6 * soft) / c.parts.length));
      c.near.forEach((t) => weigh(t, 0.6 * soft));
    }
    const asked = new Set(concepts.flatMap((c) => [...c.terms, ...c.alts.flat(), ...c.near]));
    const raw = this.mini.search(
      { combineWith: 'OR', queries: [...weights.keys()] },
      {
        boost: { title: 3, near: 2, crumbs: 0.7, text: 1 },
        boostTerm: (term) => weights.get(term) ?? 1,
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
    raw.slice(0, 60).forEach((r, i) => {
      const chunk = this.byId.get(String(r.id));
      if (!chunk) return;
      rank(chunk, r.score);
      // The best sections' `label: value` lines compete with them, on the section's BM25.
      if (i < LABELLED_SECTIONS) for (const line of this.labels.get(chunk.id) ?? []) if (!options.filter || options.filter(line)) rank(line, r.score);
    });
    hits.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
    return hits.slice(0, options.limit ?? 8);
  }
}
