// The one-pass builder must give the very index minisearch's own `add` gives (postings, field
// lengths, running averages, ids), so that a built index, a snapshot of it and an index updated in
// place all rank alike. Compared through toJSON, term order aside (the radix tree's own business).
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { MiniBuilder } from '../../src/search/mini-build.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { chunkNote } from '../../src/knowledge/load.js';
import { generateNotes } from '../../bench/corpus.js';
import { mulberry32 } from '../../src/quiz/engine.js';

/** toJSON with the index sorted by term: the same postings whatever order terms were inserted in. */
function normal(json: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(json)) as { index: Array<[string, unknown]> };
  copy.index.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return copy;
}

describe('MiniBuilder', () => {
  it('builds what minisearch add builds: repeats, empty tokens and empty fields included', () => {
    const r = mulberry32(11);
    const words = ['a', 'b', 'c', '', 'dd', 'e f', '카프카'];
    const pick = () => words[Math.floor(r() * words.length)]!;
    const fields = ['title', 'near', 'text'] as const;
    const docs = Array.from({ length: 300 }, (_, i) => ({
      id: `d${i}`,
      tokens: fields.map(() => Array.from({ length: Math.floor(r() * 7) }, pick)),
    }));
    const options = {
      fields: [...fields],
      tokenize: (text: string) => (text === '' ? [] : text.split('|')),
      processTerm: (t: string) => t,
    };
    const mini = new MiniSearch<Record<string, string>>(options);
    for (const d of docs) mini.add({ id: d.id, ...Object.fromEntries(fields.map((f, i) => [f, d.tokens[i]!.join('|')])) });
    const builder = new MiniBuilder(fields);
    for (const d of docs)
      builder.add(
        d.id,
        d.tokens.map((t) => (t.join('|') === '' ? [] : t)),
      );
    const built = builder.build(options);
    expect(normal(built.toJSON())).toEqual(normal(mini.toJSON()));
    expect(built.search('카프카').map((h) => [h.id, h.score])).toEqual(mini.search('카프카').map((h) => [h.id, h.score]));
  });

  it('gives SearchIndex the index that adding every chunk one by one (an update) gives', () => {
    const chunks = generateNotes(300).flatMap((n) => chunkNote(n.text, n.file).chunks);
    const built = new SearchIndex(chunks, []);
    const added = new SearchIndex([], []);
    added.update(chunks, new Set(chunks.map((c) => c.file)));
    expect(normal(built.toJSON().mini)).toEqual(normal(added.toJSON().mini));
    expect(built.toJSON().tables.chunkTerms.length).toBe(chunks.length);
  });
});
