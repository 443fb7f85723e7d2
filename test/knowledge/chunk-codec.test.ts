// Chunks survive the snapshot's string-table encoding exactly: every field, optional ones absent
// rather than undefined, a text that is not its units joined, and numbers that end early refused.
import { describe, expect, it } from 'vitest';
import { decodeChunks, encodeChunks } from '../../src/knowledge/chunk-codec.js';
import { chunkNote } from '../../src/knowledge/load.js';
import { generateNotes } from '../../bench/corpus.js';
import type { Chunk } from '../../src/model/chunk.js';
import { bundled } from '../helpers/knowledge.js';

describe('encodeChunks / decodeChunks', () => {
  it('round-trips the bundled and generated notes, field for field', async () => {
    const chunks = [...(await bundled()).chunks, ...generateNotes(200).flatMap((n) => chunkNote(n.text, n.file).chunks)];
    expect(chunks.some((c) => c.within) && chunks.some((c) => c.subject) && chunks.some((c) => c.context)).toBe(true);
    const back = decodeChunks(encodeChunks(chunks));
    expect(back).toEqual(chunks);
    // Absent stays absent (not a key holding undefined): the JSON of a chunk is unchanged too.
    expect(back.map((c) => JSON.stringify(c))).toEqual(chunks.map((c) => JSON.stringify(c)));
  });

  it('keeps a text that is not its units joined, and refuses numbers that end early', () => {
    const chunk: Chunk = {
      id: 'k/a.md#L1',
      file: 'k/a.md',
      startLine: 1,
      endLine: 2,
      breadcrumb: ['A', 'B'],
      title: 'B',
      units: [{ text: '한 줄', line: 2, depth: 0, bullet: true, label: '장점' }],
      text: '다른 글',
    };
    const encoded = encodeChunks([chunk]);
    expect(decodeChunks(encoded)).toEqual([chunk]);
    expect(() => decodeChunks({ ...encoded, numbers: encoded.numbers.subarray(0, encoded.numbers.length - 2) })).toThrow(/end early/);
  });
});
