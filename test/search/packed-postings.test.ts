// PackedPostings stands in for the Map minisearch keeps per term and field: under any run of reads,
// frequency changes, removals and new documents it must answer exactly as a Map would, order included.
import { describe, expect, it } from 'vitest';
import { PackedPostings } from '../../src/search/packed-postings.js';
import { mulberry32 } from '../../src/quiz/engine.js';

describe('PackedPostings', () => {
  it('behaves as a Map through random edits', () => {
    const r = mulberry32(17);
    for (let round = 0; round < 30; round++) {
      const docs = [...new Set(Array.from({ length: 1 + Math.floor(r() * 12) }, () => Math.floor(r() * 40)))].sort((a, b) => a - b);
      const tfs = docs.map(() => 1 + Math.floor(r() * 4));
      const flat = Uint32Array.from([99, ...docs, ...tfs, 99]);
      const packed = new PackedPostings(flat, 1, docs.length);
      const map = new Map(docs.map((d, i) => [d, tfs[i]!]));
      let next = 100;
      for (let step = 0; step < 40; step++) {
        const doc = r() < 0.8 ? Math.floor(r() * 40) : next++;
        const op = r();
        if (op < 0.35) expect(packed.delete(doc)).toBe(map.delete(doc));
        else if (op < 0.7) {
          const tf = 1 + Math.floor(r() * 5);
          packed.set(doc, tf);
          map.set(doc, tf);
        } else expect(packed.get(doc)).toBe(map.get(doc));
        expect(packed.size).toBe(map.size);
        expect([...packed]).toEqual([...map]);
        expect(packed.has(doc)).toBe(map.has(doc));
      }
      const seen: Array<[number, number]> = [];
      packed.each((d, tf) => seen.push([d, tf]));
      expect(seen).toEqual([...map]);
      expect([...packed.keys()]).toEqual([...map.keys()]);
      expect([...packed.values()]).toEqual([...map.values()]);
      expect(flat[0]).toBe(99); // its neighbours in the shared array are never touched
      expect(flat[flat.length - 1]).toBe(99);
      packed.clear();
      expect(packed.size).toBe(0);
      expect([...packed]).toEqual([]);
    }
  });
});
