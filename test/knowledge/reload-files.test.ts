// Incremental reload: a changed, added or removed note is re-chunked alone and the index updated
// in place, and the result answers exactly like a fresh load of the folder; a broken note leaves
// the current knowledge untouched; a .yml change asks for a full load.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { reloadFiles } from '../../src/knowledge/reload-files.js';
import { DEV_QUESTIONS, expectSameAnswers } from '../helpers/same-answers.js';

let root: string;
let notes: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kb-reload-'));
  notes = path.join(root, 'knowledge');
  await cp('knowledge', notes, { recursive: true });
  await cp('test/fixtures/dev/notes', path.join(notes, 'dev'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const note = (rel: string) => path.join(notes, rel);
const EXTRA =
  '\n\n### 플라밍고 전환 (Flamingo migration)\n\n- 플라밍고 클러스터는 2030년에 크래프트 모드로 전환한다.\n- 메모리: 64GB\n- 디스크: 12TB\n';

describe('reloadFiles', () => {
  it('an edited note: same answers as a fresh load', async () => {
    const before = await loadKnowledge(notes);
    await appendFile(note('dev/kafka-producer-tuning.md'), EXTRA);
    const after = await reloadFiles(before, [note('dev/kafka-producer-tuning.md')]);
    expect(after).toBeDefined();
    expect(after!.search.search('플라밍고 전환')[0]?.chunk.file).toBe('knowledge/dev/kafka-producer-tuning.md');
    expectSameAnswers(after!, await loadKnowledge(notes), [...DEV_QUESTIONS, '플라밍고 메모리', 'Flamingo migration']);
  });

  it('an added and a removed note: same answers as a fresh load', async () => {
    const before = await loadKnowledge(notes);
    await writeFile(note('flamingo.md'), `# 플라밍고${EXTRA}`);
    await unlink(note('dev/kafka-security-acl.md'));
    const after = await reloadFiles(before, [note('flamingo.md'), note('dev/kafka-security-acl.md')]);
    expect(after!.files).toContain('knowledge/flamingo.md');
    expect(after!.files).not.toContain('knowledge/dev/kafka-security-acl.md');
    expectSameAnswers(after!, await loadKnowledge(notes));
  });

  it('edits in a row keep matching a fresh load (the index is updated in place each time)', async () => {
    let k = await loadKnowledge(notes);
    const index = k.search;
    for (const text of [EXTRA, '\n\n### 두 번째\n\n- 두 번째 편집이다.\n']) {
      for (const q of DEV_QUESTIONS) k.search.search(q); // what the index keeps per term must follow the edit
      await appendFile(note('kafka-cluster-operations.md'), text);
      k = (await reloadFiles(k, [note('kafka-cluster-operations.md')]))!;
    }
    expect(k.search).toBe(index);
    expectSameAnswers(k, await loadKnowledge(notes));
  });

  it('an index loaded from a snapshot updates in place alike', async () => {
    const data = path.join(root, 'data');
    await loadKnowledge(notes, { snapshotDir: data });
    const warm = await loadKnowledge(notes, { snapshotDir: data });
    expect(warm.snapshot?.used).toBe(true);
    await appendFile(note('dev/kafka-monitoring-alerts.md'), EXTRA);
    const after = await reloadFiles(warm, [note('dev/kafka-monitoring-alerts.md')]);
    expectSameAnswers(after!, await loadKnowledge(notes), [...DEV_QUESTIONS, '플라밍고 메모리']);
  });

  it('a broken note throws with its file and leaves the current knowledge answering as before', async () => {
    const before = await loadKnowledge(notes);
    const answer = before.search.search('브로커 메모리 얼마나?').map((h) => h.chunk.id);
    await writeFile(note('kafka-cluster-operations.md'), 'broken \u0000 bytes');
    await expect(reloadFiles(before, [note('kafka-cluster-operations.md')])).rejects.toMatchObject({
      code: 'KNOWLEDGE_INVALID',
      location: { file: 'knowledge/kafka-cluster-operations.md', line: 1 },
    });
    expect(before.search.search('브로커 메모리 얼마나?').map((h) => h.chunk.id)).toEqual(answer);
    expect(before.search.chunks).toBe(before.chunks);
  });

  it('a glossary or quiz change needs a full load; README and dotfiles change nothing', async () => {
    const before = await loadKnowledge(notes);
    expect(await reloadFiles(before, [note('glossary.yml')])).toBeUndefined();
    expect(await reloadFiles(before, [note('quiz/extra.yml')])).toBeUndefined();
    expect(await reloadFiles(before, [note('README.md'), note('.hidden/x.md')])).toBe(before);
  });
});
