// The knowledge folder is a boundary: links out of it, loops, FIFOs and the filesystem root are
// refused by name, so a committed symlink can never make the bot quote a secret.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { reloadFiles } from '../../src/knowledge/reload-files.js';
import { pathsOf } from '../../src/onboarding/paths.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const SECRET = 'SLACK_BOT_TOKEN=xoxb-123-secret';

/** A file outside the notes folder holding secrets, as `.env` would. */
async function outsideSecret(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-outside-'));
  await writeFile(path.join(dir, 'env.md'), `# Secrets\n${SECRET}\n`);
  await writeFile(path.join(dir, 'glossary.yml'), `- [${SECRET}, token]\n`);
  return dir;
}

const allText = (k: Awaited<ReturnType<typeof loadKnowledge>>) => JSON.stringify([k.chunks, k.glossary, k.quizItems]);

describe('the knowledge folder boundary', () => {
  it('never reads a note linked to a file outside the folder, and says so by name', async () => {
    const outside = await outsideSecret();
    const dir = await tempKnowledge({ 'a.md': '# A\ntext a' });
    await symlink(path.join(outside, 'env.md'), path.join(dir, 'secrets.md'));
    const k = await loadKnowledge(dir);
    expect(allText(k)).not.toContain('xoxb');
    expect(k.files).toEqual(['knowledge/a.md']);
    expect(k.warnings).toContainEqual(expect.stringMatching(/secrets\.md: skipped, a link to a file outside/));
  });

  it('never enters a sub-folder linked outside, nor a glossary linked outside', async () => {
    const outside = await outsideSecret();
    const dir = await tempKnowledge({ 'a.md': '# A\ntext a' });
    await symlink(outside, path.join(dir, 'team'));
    await symlink(path.join(outside, 'glossary.yml'), path.join(dir, 'glossary.yml'));
    const k = await loadKnowledge(dir);
    expect(allText(k)).not.toContain('xoxb');
    expect(k.warnings).toContainEqual(expect.stringMatching(/team: skipped, a linked folder is never entered \(it leaves/));
    expect(k.warnings).toContainEqual(expect.stringMatching(/glossary\.yml: skipped, a link to a file outside/));
  });

  it('a link back up (sub/up -> ..) and a link loop index every note once', async () => {
    const dir = await tempKnowledge({ 'a.md': '# A\ntext a', 'sub/b.md': '# B\ntext b' });
    await symlink('..', path.join(dir, 'sub', 'up'));
    await symlink('loop2.md', path.join(dir, 'loop1.md'));
    await symlink('loop1.md', path.join(dir, 'loop2.md'));
    await symlink('a.md', path.join(dir, 'same.md'));
    const k = await loadKnowledge(dir);
    expect(k.files).toEqual(['knowledge/a.md', 'knowledge/sub/b.md']);
    expect(k.chunks.filter((c) => c.text.includes('text a'))).toHaveLength(1);
    expect(k.warnings).toContainEqual(expect.stringMatching(/loop1\.md: skipped, a broken or looping link/));
  });

  it('a FIFO named like a note is skipped, never waited on', async () => {
    const dir = await tempKnowledge({ 'a.md': '# A\ntext a' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const k = await loadKnowledge(dir);
    expect(k.files).toEqual(['knowledge/a.md']);
    expect(k.warnings).toContainEqual(expect.stringMatching(/pipe\.md: skipped, not a regular file/));
  });

  it('refuses the filesystem root as the notes folder', async () => {
    await expect(loadKnowledge('/')).rejects.toThrow(/filesystem root/);
  });

  it('paths.yml linked outside is refused naming it', async () => {
    const outside = await outsideSecret();
    const dir = await tempKnowledge({ 'a.md': '# A\ntext a' });
    await symlink(path.join(outside, 'glossary.yml'), path.join(dir, 'paths.yml'));
    const k = await loadKnowledge(dir);
    await expect(pathsOf(k)).rejects.toThrow(/paths\.yml: cannot read: a link to a file outside/);
  });

  it('a reload drops a note that became a link outside, with a warning', async () => {
    const outside = await outsideSecret();
    const dir = await tempKnowledge({ 'a.md': '# A\ntext a', 'b.md': '# B\ntext b' });
    const k = await loadKnowledge(dir);
    await rm(path.join(dir, 'b.md'));
    await symlink(path.join(outside, 'env.md'), path.join(dir, 'b.md'));
    const next = await reloadFiles(k, [path.join(dir, 'b.md')]);
    expect(next && allText(next)).not.toContain('xoxb');
    expect(next?.files).toEqual(['knowledge/a.md']);
    expect(next?.warnings).toContainEqual(expect.stringMatching(/b\.md: skipped, a link to a file outside/));
  });

  it('a link inside the folder to a note inside it is read once, under the note own name', async () => {
    const dir = await tempKnowledge({ 'notes/a.md': '# A\ntext a' });
    await mkdir(path.join(dir, 'links'));
    await symlink(path.join(dir, 'notes', 'a.md'), path.join(dir, 'links', 'latest.md'));
    const k = await loadKnowledge(dir);
    expect(k.files).toEqual(['knowledge/notes/a.md']);
  });
});
