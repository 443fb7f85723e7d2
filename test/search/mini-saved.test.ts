// A saved index loads back to the same index (toJSON and search), also after edits left removed
// postings and new documents in it; arrays that do not add up are refused, never half-loaded.
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { TermTable } from '../../src/search/term-sets.js';
import { MiniBuilder } from '../../src/search/mini-build.js';
import { addDocs, removeDocs } from '../../src/search/mini-edit.js';
import { loadMini, saveMini } from '../../src/search/mini-saved.js';
import { FIELDS, miniOptions, normalJSON, randomDocs } from '../helpers/mini-docs.js';

const split = { tokenize: (t: string) => t.split(' ') };

describe('saveMini / loadMini', () => {
  it('round-trips a built index and one edited in place', () => {
    const docs = randomDocs(150, 21);
    const builder = new MiniBuilder(FIELDS, new TermTable());
    docs.forEach((d) => builder.add(d));
    const mini: MiniSearch<Record<string, string>> = builder.build(miniOptions);
    const again = () => loadMini(saveMini(mini, FIELDS), FIELDS, miniOptions);
    expect(normalJSON(again().toJSON())).toEqual(normalJSON(mini.toJSON()));
    removeDocs(
      mini,
      docs.filter((_, i) => i % 4 === 0),
    );
    addDocs(mini, randomDocs(30, 22, 'new-'));
    const loaded = again();
    expect(normalJSON(loaded.toJSON())).toEqual(normalJSON(mini.toJSON()));
    expect(loaded.search('카프카 b', split)).toEqual(mini.search('카프카 b', split));
  });

  it('refuses arrays that do not add up', () => {
    const builder = new MiniBuilder(FIELDS, new TermTable());
    randomDocs(20, 5).forEach((d) => builder.add(d));
    const saved = saveMini(builder.build(miniOptions), FIELDS);
    expect(() => loadMini({ ...saved, postings: saved.postings.subarray(1) }, FIELDS, miniOptions)).toThrow(/do not add up/);
    expect(() => loadMini({ ...saved, docs: saved.docs.subarray(1) }, FIELDS, miniOptions)).toThrow(/do not match/);
  });
});
