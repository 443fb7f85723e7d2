// Synonyms from three places, looked up the same way: the base bilingual lexicon shipped with the
// bot, the team's glossary.yml, and "한국어 (English)" pairs mined from the notes at load time.
// A term maps to alternatives; an alternative is the terms a chunk must all have (one per word).
import { analyzeWords } from './analyze-ko.js';
import { normalize } from './normalize.js';
import { BASE_LEXICON } from './lexicon-data.js';

/** Terms that must all be present for an alternative to match (`지연 시간` -> [지연, 시간]). */
export type Alt = string[];

/** Lookup key of a term or phrase: normalized, no spaces or joiners. */
export const lexiconKey = (s: string) => normalize(s).replace(/[\s\-_.·]+/g, '');

const altOf = (term: string): Alt => analyzeWords(term).map((w) => w.terms[0]!);

export class Lexicon {
  private readonly map = new Map<string, Alt[]>();

  /** @param parent consulted too (the base lexicon under a knowledge folder's own terms). */
  constructor(private readonly parent?: Lexicon) {}

  /** Add a set of terms that mean the same. */
  add(terms: readonly string[]): void {
    const alts = terms.map(altOf).filter((a) => a.length > 0);
    for (const term of terms) {
      const key = lexiconKey(term);
      if (!key) continue;
      const list = this.map.get(key) ?? [];
      for (const alt of alts) if (!list.some((a) => a.join(' ') === alt.join(' '))) list.push(alt);
      this.map.set(key, list);
    }
  }

  /** Alternatives for a term or phrase (its own spelling included), nearest lexicon first. */
  lookup(term: string): Alt[] {
    const key = lexiconKey(term);
    const own = this.map.get(key) ?? [];
    const inherited = this.parent?.lookup(term) ?? [];
    return own.length === 0 ? inherited : inherited.length === 0 ? own : [...own, ...inherited];
  }

  has(term: string): boolean {
    return this.map.has(lexiconKey(term)) || (this.parent?.has(term) ?? false);
  }
}

let base: Lexicon | undefined;
/** The shipped lexicon, built once per process. */
export function baseLexicon(): Lexicon {
  if (!base) {
    base = new Lexicon();
    for (const set of BASE_LEXICON) base.add(set);
  }
  return base;
}
