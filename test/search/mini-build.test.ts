// The one-pass builder must give the very index minisearch's own `add` gives (postings, field
// lengths, running averages, ids), so a built index, a snapshot of it and an index edited in place
// all rank alike. Compared through toJSON, term order aside (the radix tree's own business).
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { TermTable } from '../../src/search/term-sets.js';
import { MiniBuilder } from '../../src/search/mini-build.js';
import { asDoc, FIELDS, miniOptions, normalJSON, randomDocs } from '../helpers/mini-docs.js';

describe('MiniBuilder', () => {
  it('builds what minisearch add builds: repeats, empty tokens and empty fields included', () => {
    const docs = randomDocs(300, 11);
    const mini = new MiniSearch<Record<string, string>>(miniOptions);
    for (const d of docs) mini.add(asDoc(d));
    const builder = new MiniBuilder(FIELDS, new TermTable());
    for (const d of docs) builder.add(d);
    const built = builder.build(miniOptions);
    expect(normalJSON(built.toJSON())).toEqual(normalJSON(mini.toJSON()));
    for (const q of ['카프카', 'a', 'dd 브로커'])
      expect(built.search(q, { tokenize: (t) => t.split(' ') }).map((h) => [h.id, h.score])).toEqual(
        mini.search(q, { tokenize: (t) => t.split(' ') }).map((h) => [h.id, h.score]),
      );
  });

  it('builds alike with a vocabulary larger than its scratch arrays start with (they grow mid-document)', () => {
    const docs = Array.from({ length: 60 }, (_, i) => {
      // Each document repeats a few words around a run of new ones, so a repeat straddles a growth.
      const own = Array.from({ length: 90 }, (_, j) => `w${i * 90 + j}`);
      const tokens = [['t', `w${i}`], [], ['a', ...own, 'a', own[0]!, 'a']];
      return { id: `d${i}`, tokens, fields: Object.fromEntries(FIELDS.map((f, j) => [f, tokens[j]!.join('|')])) };
    });
    const mini = new MiniSearch<Record<string, string>>(miniOptions);
    for (const d of docs) mini.add(asDoc(d));
    const builder = new MiniBuilder(FIELDS, new TermTable());
    for (const d of docs) builder.add(d);
    expect(normalJSON(builder.build(miniOptions).toJSON())).toEqual(normalJSON(mini.toJSON()));
  });

  it('builds an empty index like a fresh minisearch', () => {
    const built = new MiniBuilder(FIELDS, new TermTable()).build(miniOptions);
    expect(normalJSON(built.toJSON())).toEqual(normalJSON(new MiniSearch(miniOptions).toJSON()));
  });
});
