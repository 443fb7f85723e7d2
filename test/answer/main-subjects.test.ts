import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mainSubjects } from '../../src/answer/main-subjects.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tempKnowledge } from '../helpers/knowledge.js';

describe('main subjects', () => {
  it('come from every note, not the first headings of the first file', async () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/dev/notes');
    const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    const k = await loadKnowledge(await tempKnowledge(files, true));
    const subjects = mainSubjects(k, 8);
    expect(subjects).toHaveLength(8);
    const notesNamed = new Set(
      subjects.map((s) => k.chunks.find((c) => c.breadcrumb.some((b) => b.startsWith(s)) || c.subject?.includes(s))?.file),
    );
    expect(notesNamed.size).toBe(4);
    expect(subjects.every((s) => s.length <= 24 && !/^(?:정의|특징|장점|단점|예시|설명|정리)$/.test(s))).toBe(true);
  });
});
