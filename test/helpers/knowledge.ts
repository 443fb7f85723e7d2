// The bundled notes loaded once per test file, and temp knowledge folders for error cases.
import { mkdtemp, writeFile, mkdir, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';

export const BUNDLED = path.resolve(import.meta.dirname, '../../knowledge');

let cached: Promise<Knowledge> | undefined;
export function bundled(): Promise<Knowledge> {
  cached ??= loadKnowledge(BUNDLED);
  return cached;
}

/** A temp knowledge folder with the given files (path -> content). */
export async function tempKnowledge(files: Record<string, string>, copyBundled = false): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-knowledge-'));
  const root = path.join(dir, 'knowledge');
  await mkdir(root, { recursive: true });
  if (copyBundled) await cp(BUNDLED, root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
  }
  return root;
}
