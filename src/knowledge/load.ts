// Reads a knowledge folder: every .md note (README.md files are instructions, not knowledge), the
// glossary and the quiz bank. Unreadable or malformed files stop loading with an error naming the
// file and line; an empty folder loads with a warning so every question gets "no notes". Quiz markup
// in notes is read through the quiz's own hook (noteQuizMarker), so the chunker knows no quiz syntax.
import path from 'node:path';
import { KafkaBotError } from '../model/errors.js';
import type { Knowledge } from './types.js';
import type { Chunk, QuizItem } from '../model/chunk.js';
import { repairTables } from './repair-tables.js';
import { readExport } from './exports.js';
import { parseMarkdown } from './parse-markdown.js';
import { buildSections } from './sections.js';
import { chunkSections } from './chunk.js';
import { parseGlossary } from './glossary.js';
import { buildQuizBank } from '../quiz/bank.js';
import { noteQuizMarker } from '../quiz/markup.js';
import { SearchIndex } from '../search/search-index.js';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshot } from './snapshot.js';
import { isHiddenPath, listFolder, readInside } from './folder.js';

/** Cut one note into chunks and quiz items. `file` is the path shown in sources. */
export function chunkNote(source: string, file: string): { chunks: Chunk[]; quiz: QuizItem[] } {
  checkText(source, file);
  const repaired = repairTables(readExport(source));
  const tree = parseMarkdown(repaired.text);
  const map = (line: number) => repaired.originLine[line] ?? line;
  return chunkSections(buildSections(tree), file, map, noteQuizMarker);
}

/** Binary or broken text is malformed: say where. */
function checkText(source: string, file: string): void {
  // eslint-disable-next-line no-control-regex -- a NUL marks a binary file
  const bad = source.search(/[\u0000\uFFFD]/);
  if (bad >= 0) {
    const line = source.slice(0, bad).split('\n').length;
    throw new KafkaBotError('KNOWLEDGE_INVALID', 'not UTF-8 markdown text (binary data or invalid bytes)', { location: { file, line } });
  }
}

/** Every listed file's text, in list order (reads are bounded by the folder module). */
export async function readAll(root: string, files: string[], shownRoot: string): Promise<Array<[string, string]>> {
  const texts = await Promise.all(files.map((rel) => readInside(root, rel, `${shownRoot}/${rel}`)));
  // A file deleted between the listing and its read is simply not there.
  return files.flatMap((rel, i): Array<[string, string]> => (texts[i] === undefined ? [] : [[rel, texts[i]]]));
}

/** A note is any .md (relative path, `/`-separated) but README.md, outside dot folders and node_modules. */
export function isNote(rel: string): boolean {
  return rel.endsWith('.md') && !/(^|\/)readme\.md$/i.test(rel) && !isHiddenPath(rel);
}

const isYml = (rel: string) => /\.ya?ml$/i.test(rel);

/** An authored quiz file: a .yml directly in quiz/. */
export const isQuizFile = (rel: string) => /^quiz\/[^/]+\.ya?ml$/i.test(rel);

/** [shown path, text] of each quiz file among the folder's .yml texts. */
export function quizSources(yml: Array<[string, string]>, shownRoot: string): Array<[string, string]> {
  return yml.filter(([rel]) => isQuizFile(rel)).map(([rel, text]) => [`${shownRoot}/${rel}`, text]);
}

export interface LoadOptions {
  /**
   * Folder (DATA_DIR) of the knowledge snapshot: a load with unchanged inputs reads it instead of
   * parsing, any other load writes it. Default none: nothing read or written.
   */
  snapshotDir?: string;
}

/** Load a knowledge folder into chunks, quiz items, glossary and a search index. */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Knowledge> {
  const absolute = path.resolve(dir);
  const shownRoot = path.basename(absolute);
  const listing = await listFolder(absolute, (rel) => isNote(rel) || isYml(rel));
  const files = listing.files.filter(isNote);
  // Notes are read at once, and the snapshot beside them: a start waits on each read otherwise.
  const reading = readAll(listing.root, files, shownRoot);
  const ymlReading = readAll(listing.root, listing.files.filter(isYml), shownRoot);
  const snapshot = options.snapshotDir
    ? {
        file: snapshotPath(options.snapshotDir, absolute),
        key: reading.then(async (s) => snapshotKey([...s, ...(await ymlReading)])),
      }
    : undefined;
  ymlReading.catch(() => undefined);
  let reason = 'off';
  if (snapshot) {
    const saved = await readSnapshot(snapshot.file, snapshot.key);
    if (typeof saved !== 'string') {
      try {
        const search = new SearchIndex(saved.chunks, saved.glossary, saved.index);
        return {
          dir: absolute,
          ...saved,
          loadedAt: Date.now(),
          search,
          snapshot: { used: true, reason: 'inputs unchanged', file: snapshot.file },
        };
      } catch (error) {
        reason = `corrupt: ${(error as Error).message}`;
      }
    } else reason = saved;
  }

  const sources = await reading;
  const warnings: string[] = listing.skipped.map((s) => `${shownRoot}/${s}`);
  const chunks: Chunk[] = [];
  const noteItems: QuizItem[] = [];
  for (const [rel, source] of sources) {
    const shown = `${shownRoot}/${rel}`;
    const note = chunkNote(source, shown);
    if (note.chunks.length === 0) warnings.push(`${shown}: no content to answer from`);
    chunks.push(...note.chunks);
    noteItems.push(...note.quiz);
  }
  if (files.length === 0) warnings.push(`no notes (.md files) in ${dir}: every question will get "no notes"`);

  const yml = await ymlReading;
  const glossary = parseGlossary(new Map(yml).get('glossary.yml') ?? '', `${shownRoot}/glossary.yml`);
  const quizItems = buildQuizBank(quizSources(yml, shownRoot), chunks, noteItems);
  const search = new SearchIndex(chunks, glossary);
  const shownFiles = sources.map(([f]) => f).map((f) => `${shownRoot}/${f}`);
  if (snapshot) {
    try {
      await writeSnapshot(snapshot.file, await snapshot.key, {
        files: shownFiles,
        warnings: [...warnings],
        glossary,
        chunks,
        quizItems,
        index: search.save(),
      });
    } catch (error) {
      warnings.push(`knowledge snapshot not written (${snapshot.file}): ${(error as Error).message}`);
    }
  }
  return {
    dir: absolute,
    files: shownFiles,
    chunks,
    quizItems,
    glossary,
    warnings,
    loadedAt: Date.now(),
    search,
    snapshot: snapshot && { used: false, reason, file: snapshot.file },
  };
}
