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

async function listNotes(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (cause) {
    throw new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read the knowledge folder: ${(cause as Error).message}`, { location: { file: dir }, cause });
  }
  return entries
    .map((e) => e.split(path.sep).join('/'))
    .filter((e) => e.endsWith('.md') && !/(^|\/)readme\.md$/i.test(e) && !e.split('/').some((p) => p.startsWith('.') || p === 'node_modules'))
    .sort();
}

/** Load a knowledge folder into chunks, quiz items, glossary and a search index. */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const absolute = path.resolve(dir);
  const shownRoot = path.basename(absolute);
  const files = await listNotes(absolute);
  const warnings: string[] = [];
  const chunks: Chunk[] = [];
  const noteItems: QuizItem[] = [];
  for (const rel of files) {
    const shown = `${shownRoot}/${rel}`;
    const note = chunkNote(await read(path.join(absolute, rel), shown), shown);
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

  return {
    dir: absolute,
    files: files.map((f) => `${shownRoot}/${f}`),
    chunks,
    quizItems,
    glossary,
    warnings,
    loadedAt: Date.now(),
    search: new SearchIndex(chunks, glossary),
  };
}
