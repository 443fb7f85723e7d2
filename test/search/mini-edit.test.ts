// addDocs and removeDocs must edit an index exactly as minisearch's add and remove do, on a built
// (packed) index and on an ordinary one alike, through a run of removals and additions.
import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { TermTable } from '../../src/search/term-sets.js';
import { MiniBuilder } from '../../src/search/mini-build.js';
import { addDocs, removeDocs } from '../../src/search/mini-edit.js';
import { asDoc, FIELDS, miniOptions, normalJSON, randomDocs } from '../helpers/mini-docs.js';

describe('addDocs / removeDocs', () => {
  it.each([
    ['a built index', true],
    ['an index made with add', false],
  ])('edit %s as minisearch add and remove do', (_name, built) => {
    const docs = randomDocs(200, 3);
    const theirs = new MiniSearch<Record<string, string>>(miniOptions);
    theirs.addAll(docs.map(asDoc));
    let ours: MiniSearch<Record<string, string>>;
    if (built) {
      const builder = new MiniBuilder(FIELDS, new TermTable());
      docs.forEach((d) => builder.add(d));
      ours = builder.build(miniOptions);
    } else {
      ours = new MiniSearch<Record<string, string>>(miniOptions);
      addDocs(ours, docs);
    }
    expect(normalJSON(ours.toJSON())).toEqual(normalJSON(theirs.toJSON()));
    for (const [round, seed] of [7, 8, 9].entries()) {
      const gone = docs.filter((_, i) => i % 3 === round);
      const fresh = randomDocs(40, seed, `r${round}-`);
      for (const d of gone) theirs.remove(asDoc(d));
      for (const d of fresh) theirs.add(asDoc(d));
      removeDocs(ours, gone);
      addDocs(ours, fresh);
      expect(normalJSON(ours.toJSON())).toEqual(normalJSON(theirs.toJSON()));
      expect(ours.search('카프카 a', { tokenize: (t) => t.split(' ') })).toEqual(
        theirs.search('카프카 a', { tokenize: (t) => t.split(' ') }),
      );
    }
    expect(() => removeDocs(ours, [docs[0]!])).toThrow(/not in the index/);
    expect(() => addDocs(ours, [randomDocs(1, 9, 'r2-')[0]!])).toThrow(/duplicate ID r2-0/);
  });
});
