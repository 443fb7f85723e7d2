// The lean OR scorer must rank exactly like minisearch's own search (scores and tie order), on a
// plain minisearch index with repeated words and ties, and through SearchIndex on generated notes.
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { LeanOr } from '../../src/search/bm25-or.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { chunkNote } from '../../src/knowledge/load.js';
import { generateNotes, generateQuestions } from '../../bench/corpus.js';
import { mulberry32 } from '../../src/quiz/engine.js';

const FIELDS: Array<[string, number]> = [
  ['title', 3],
  ['text', 1],
];

describe('LeanOr', () => {
  it('gives minisearch OR search results: same ids, scores and order, ties included', () => {
    const r = mulberry32(5);
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const pick = () => words[Math.floor(r() * words.length)]!;
    const docs = Array.from({ length: 400 }, (_, i) => ({
      id: `d${i}`,
      title: pick(),
      text: Array.from({ length: 1 + Math.floor(r() * 6) }, pick).join(' '),
    }));
    const mini = new MiniSearch<(typeof docs)[number]>({ fields: ['title', 'text'] });
    mini.addAll(docs);
    mini.remove(docs[7]!); // removed documents leave no trace
    const lean = new LeanOr(mini as unknown as MiniSearch<never>, FIELDS);
    const compare = () => {
      for (let q = 0; q < 50; q++) {
        const terms = [...new Set(Array.from({ length: 1 + (q % 4) }, pick))];
        const weight = new Map(terms.map((t, i) => [t, 1 / (i + 1)]));
        const boostTerm = (t: string) => weight.get(t) ?? 1;
        const expected = mini.search({ combineWith: 'OR', queries: terms }, { boost: { title: 3, text: 1 }, boostTerm }).slice(0, 60);
        expect(lean.search(terms, boostTerm, 60)).toEqual(expected.map((e) => ({ id: e.id, score: e.score })));
      }
    };
    compare();
    compare(); // from the kept factors
    // The index changes (counts, lengths, idf): after a reset the scores follow it.
    mini.remove(docs[8]!);
    mini.add({ id: 'new', title: 'a', text: 'a b a' });
    lean.reset();
    compare();
  });

  it('SearchIndex ranks alike with the lean scorer and with minisearch (a filter forces the latter)', () => {
    const chunks = generateNotes(600).flatMap((n) => chunkNote(n.text, n.file).chunks);
    const index = new SearchIndex(chunks, []);
    for (const q of generateQuestions(120)) {
      const plan = index.plan(q);
      const key = (hits: ReturnType<SearchIndex['search']>) => hits.map((h) => [h.chunk.id, h.score, h.coverage]);
      expect(key(index.search(plan, { limit: 60 }))).toEqual(key(index.search(plan, { limit: 60, filter: () => true })));
    }
  });
});
