// Reads a knowledge folder: every .md note (README.md files are instructions, not knowledge), the
// glossary and the quiz bank. Unreadable or malformed files stop loading with an error naming the
// file and line; an empty folder loads with a warning so every question gets "no notes". Quiz markup
// in notes is read through the quiz's own hook (noteQuizMarker), so the chunker knows no quiz syntax.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { KafkaBotError } from '../model/errors.js';
import type { Knowledge } from './types.js';
import type { Chunk, QuizItem } from '../model/chunk.js';
import { repairTables } from './repair-tables.js';
import { parseMarkdown } from './parse-markdown.js';
import { buildSections } from './sections.js';
import { chunkSections } from './chunk.js';
import { parseGlossary } from './glossary.js';
import { loadQuizBank } from '../quiz/bank.js';
import { noteQuizMarker } from '../quiz/markup.js';
import { SearchIndex } from '../search/search-index.js';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshot } from './snapshot.js';

/** Cut one note into chunks and quiz items. `file` is the path shown in sources. */
export function chunkNote(source: string, file: string): { chunks: Chunk[]; quiz: QuizItem[] } {
  checkText(source, file);
  const repaired = repairTables(source);
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

async function read(absolute: string, shown: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (cause) {
    throw new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read: ${(cause as Error).message}`, { location: { file: shown }, cause });
  }
}

/** Every note's text, in file order; the first unreadable one (in that order) is the error. */
async function readAll(absolute: string, files: string[], shownRoot: string): Promise<Array<[string, string]>> {
  const settled = await Promise.allSettled(files.map((rel) => read(path.join(absolute, rel), `${shownRoot}/${rel}`)));
  return settled.map((r, i): [string, string] => {
    if (r.status === 'rejected') throw r.reason;
    return [files[i]!, r.value];
  });
}

/** A note is any .md (relative path, `/`-separated) but README.md, outside dot folders and node_modules. */
export function isNote(rel: string): boolean {
  return rel.endsWith('.md') && !/(^|\/)readme\.md$/i.test(rel) && !rel.split('/').some((p) => p.startsWith('.') || p === 'node_modules');
}

async function listNotes(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (cause) {
    throw new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read the knowledge folder: ${(cause as Error).message}`, {
      location: { file: dir },
      cause,
    });
  }
  return entries
    .map((e) => e.split(path.sep).join('/'))
    .filter(isNote)
    .sort();
}

export interface LoadOptions {
  /**
   * Folder (DATA_DIR) of the knowledge snapshot: a load with unchanged inputs reads it instead of
   * parsing, any other load writes it. Default none: nothing read or written.
   */
  snapshotDir?: string;
}

/** Every .yml of the folder (glossary, quiz bank): part of the snapshot key. */
async function ymlInputs(dir: string): Promise<Array<[string, string]>> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const names = entries
    .map((e) => e.split(path.sep).join('/'))
    .filter((e) => /\.ya?ml$/i.test(e) && !e.split('/').some((p) => p.startsWith('.') || p === 'node_modules'))
    .sort();
  return Promise.all(names.map(async (n): Promise<[string, string]> => [n, await readFile(path.join(dir, n), 'utf8').catch(() => '')]));
}

/** Load a knowledge folder into chunks, quiz items, glossary and a search index. */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Knowledge> {
  const absolute = path.resolve(dir);
  const shownRoot = path.basename(absolute);
  const files = await listNotes(absolute);
  // Notes are read at once, and the snapshot beside them: a start waits on each read otherwise.
  const reading = readAll(absolute, files, shownRoot);
  const snapshot = options.snapshotDir
    ? {
        file: snapshotPath(options.snapshotDir, absolute),
        key: reading.then(async (s) => snapshotKey([...s, ...(await ymlInputs(absolute))])),
      }
    : undefined;
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
  const warnings: string[] = [];
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

  const glossaryPath = path.join(absolute, 'glossary.yml');
  const glossarySource = await readFile(glossaryPath, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read: ${e.message}`, { location: { file: `${shownRoot}/glossary.yml` } });
  });
  const glossary = parseGlossary(glossarySource, `${shownRoot}/glossary.yml`);
  const quizItems = await loadQuizBank(absolute, chunks, noteItems);
  const search = new SearchIndex(chunks, glossary);
  const shownFiles = files.map((f) => `${shownRoot}/${f}`);
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
