// Incremental reload: changed, added or removed notes are re-chunked alone and the search index is
// updated in place (minisearch remove/add, tables adjusted), giving the knowledge a full load would.
// A .yml change (glossary, quiz bank, paths) needs a full load; this says so by returning undefined.
import path from 'node:path';
import type { Knowledge } from './types.js';
import type { Chunk, QuizItem } from '../model/chunk.js';
import { chunkNote, isNote, isQuizFile, quizSources, readAll } from './load.js';
import { buildQuizBank } from '../quiz/bank.js';
import { isHiddenPath, listFolder, readInside, realRoot } from './folder.js';

const NO_CONTENT = ': no content to answer from';

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Knowledge after `changed` (absolute paths under `previous.dir`) were edited, added or deleted;
 * undefined when a full load is needed (a .yml changed, or no notes would be left). Throws, with
 * file:line, when a changed note is broken; `previous` is untouched until everything has parsed.
 */
export async function reloadFiles(previous: Knowledge, changed: readonly string[]): Promise<Knowledge | undefined> {
  const root = previous.dir;
  const shownRoot = path.basename(root);
  const real = await realRoot(root);
  const notes = new Map<string, { chunks: Chunk[]; quiz: QuizItem[] } | undefined>();
  const skipped: string[] = [];
  for (const absolute of changed) {
    const rel = path.relative(root, path.resolve(absolute)).split(path.sep).join('/');
    if (rel.startsWith('../') || isHiddenPath(rel)) continue;
    if (/\.ya?ml$/i.test(rel)) return undefined;
    if (!isNote(rel)) continue;
    const shown = `${shownRoot}/${rel}`;
    // A note that became a link out of the folder (or a FIFO) is dropped like a deleted one.
    const source = await readInside(real, rel, shown, (why) => skipped.push(why));
    notes.set(shown, source === undefined ? undefined : chunkNote(source, shown));
  }
  if (notes.size === 0) return previous;

  const files = [...new Set([...previous.files, ...notes.keys()])].filter((f) => !notes.has(f) || notes.get(f)).sort();
  if (files.length === 0) return undefined;
  const byFile = group(previous.chunks, (c) => c.file);
  const noteFiles = new Set(previous.files);
  const noteItems = group(
    previous.quizItems.filter((i) => noteFiles.has(i.origin.file)),
    (i) => i.origin.file,
  );
  for (const [file, note] of notes) {
    byFile.set(file, note?.chunks ?? []);
    noteItems.set(file, note?.quiz ?? []);
  }
  const chunks = files.flatMap((f) => byFile.get(f) ?? []);
  const quiz = await listFolder(real, isQuizFile, 'quiz');
  const quizItems = buildQuizBank(
    quizSources(await readAll(quiz.root, quiz.files, shownRoot), shownRoot),
    chunks,
    files.flatMap((f) => noteItems.get(f) ?? []),
  );
  const warnings = [
    ...skipped,
    ...files.filter((f) => (byFile.get(f) ?? []).length === 0).map((f) => `${f}${NO_CONTENT}`),
    ...previous.warnings.filter((w) => !w.endsWith(NO_CONTENT) && !w.startsWith('knowledge snapshot')),
  ];
  // Last, and infallible from here: the index changes in place.
  previous.search.update(chunks, new Set(notes.keys()));
  return { ...previous, files, chunks, quizItems, warnings, loadedAt: Date.now(), snapshot: undefined };
}
