import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, readFile, stat, truncate, writeFile, appendFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { composeAnswer } from '../../src/answer/compose.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const DEV = path.resolve(import.meta.dirname, '../fixtures/dev');
const questions = readFileSync(path.join(DEV, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

/** The bundled notes plus the dev notes, in a temp folder, and an empty data folder. */
async function setup(): Promise<{ dir: string; data: string }> {
  const dir = await tempKnowledge({}, true);
  await cp(path.join(DEV, 'notes'), dir, { recursive: true });
  return { dir, data: await mkdtemp(path.join(os.tmpdir(), 'kb-data-')) };
}

const answers = (k: Knowledge) => questions.map((q) => JSON.stringify(composeAnswer(k, q)));

async function snapshotFile(data: string): Promise<string> {
  const names = (await readdir(data)).filter((n) => n.endsWith('.snapshot'));
  expect(names).toHaveLength(1);
  return path.join(data, names[0]!);
}

describe('knowledge snapshot', () => {
  it('is written after a load, used by the next one, and gives identical answers', async () => {
    const { dir, data } = await setup();
    const fresh = await loadKnowledge(dir, { snapshotDir: data });
    expect(fresh.snapshot).toMatchObject({ used: false, reason: 'no snapshot yet' });
    const warm = await loadKnowledge(dir, { snapshotDir: data });
    expect(warm.snapshot).toMatchObject({ used: true });
    expect(warm.chunks).toEqual(fresh.chunks);
    expect(warm.quizItems).toEqual(fresh.quizItems);
    expect(warm.glossary).toEqual(fresh.glossary);
    expect(answers(warm)).toEqual(answers(fresh));
  });

  it('is off without a data folder: nothing read or written', async () => {
    const { dir, data } = await setup();
    const k = await loadKnowledge(dir);
    expect(k.snapshot).toBeUndefined();
    expect(await readdir(data)).toEqual([]);
  });

  it.each([
    ['truncated', async (file: string) => truncate(file, (await stat(file)).size - 100), /truncated/],
    [
      'corrupt (a flipped byte)',
      async (file: string) => {
        const b = await readFile(file);
        b[b.length - 50] = b[b.length - 50]! ^ 1;
        await writeFile(file, b);
      },
      /corrupt/,
    ],
    ['corrupt (garbage header)', (file: string) => writeFile(file, 'not a snapshot'), /corrupt header/],
    ['an empty file', (file: string) => writeFile(file, ''), /corrupt/],
  ])('a spoiled snapshot (%s) is detected, ignored and rebuilt', async (_name, spoil, reason) => {
    const { dir, data } = await setup();
    const fresh = await loadKnowledge(dir, { snapshotDir: data });
    const file = await snapshotFile(data);
    await spoil(file);
    const again = await loadKnowledge(dir, { snapshotDir: data });
    expect(again.snapshot?.used).toBe(false);
    expect(again.snapshot?.reason).toMatch(reason);
    expect(answers(again)).toEqual(answers(fresh));
    expect((await loadKnowledge(dir, { snapshotDir: data })).snapshot?.used).toBe(true);
  });

  it.each([
    ['a note', 'kafka-producer-tuning.md', '\n\n## 스냅샷 확인 섹션\n\n- 스냅샷 확인용 새 설정값은 777이다.\n'],
    ['the glossary', 'glossary.yml', '\n- [스냅샷확인어, snapshotcheckword]\n'],
  ])('a change to %s makes it stale: ignored and rebuilt from the notes', async (_name, rel, extra) => {
    const { dir, data } = await setup();
    await loadKnowledge(dir, { snapshotDir: data });
    await appendFile(path.join(dir, rel), extra);
    const changed = await loadKnowledge(dir, { snapshotDir: data });
    expect(changed.snapshot).toMatchObject({ used: false, reason: expect.stringMatching(/stale/) });
    expect(answers(changed)).toEqual(answers(await loadKnowledge(dir)));
    if (rel.endsWith('.md')) expect(composeAnswer(changed, '스냅샷 확인용 설정값').text).toContain('777');
  });
});
