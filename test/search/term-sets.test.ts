import { describe, expect, it } from 'vitest';
import { TermTable } from '../../src/search/term-sets.js';

describe('TermTable', () => {
  it('packs a set of terms and answers membership like a Set', () => {
    const table = new TermTable(['카프카', 'raid']);
    const terms = ['브로커', 'raid', '메모리', 'raid', 'xfs'];
    const view = table.view(table.pack(terms));
    for (const t of terms) expect(view.has(t)).toBe(true);
    expect(view.has('카프카')).toBe(false); // numbered, not in this set
    expect(view.has('없는말')).toBe(false); // never numbered
  });

  it('keeps numbers stable and lists terms in number order (what a snapshot stores)', () => {
    const table = new TermTable();
    table.pack(['b', 'a']);
    table.pack(['c', 'a']);
    const again = new TermTable(table.terms());
    expect(again.terms()).toEqual(table.terms());
    expect(again.lookup('c')).toBe(table.lookup('c'));
  });
});
