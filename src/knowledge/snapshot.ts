// The knowledge snapshot in DATA_DIR: chunks, quiz items, glossary, the minisearch index (toJSON) and
// the derived tables, keyed by a hash of every input file (notes, glossary.yml, quiz/*.yml) and of
// the code that cuts and indexes them (the lexicon is code). A stale, truncated or corrupt file is
// detected (key, byte counts, sha256) and never trusted; files are written atomically.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Chunk, GlossaryEntry, QuizItem } from '../model/chunk.js';
import type { SearchIndexJSON } from '../search/search-index.js';

const FORMAT = 'kafka-bot-knowledge-snapshot/2';
const PARTS = ['meta', 'chunks', 'quizItems', 'mini', 'tables'] as const;
/** Snapshots of other knowledge folders kept beside the newest (older ones are removed). */
const KEEP = 4;

export interface SnapshotData {
  files: string[];
  warnings: string[];
  glossary: GlossaryEntry[];
  chunks: Chunk[];
  quizItems: QuizItem[];
  index: SearchIndexJSON;
}

const Header = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  parts: z.array(z.object({ name: z.enum(PARTS), bytes: z.number().int().nonnegative() })).length(PARTS.length),
  sha256: z.string(),
});

/** A chunk's text is almost always its units joined: stored once, as units. */
const joined = (c: Chunk) => c.units.map((u) => u.text).join('\n');

/** `DATA_DIR/knowledge-<hash of the folder's absolute path>.snapshot`: one per knowledge folder. */
export function snapshotPath(dataDir: string, knowledgeDir: string): string {
  const id = createHash('sha256').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 12);
  return path.join(dataDir, `knowledge-${id}.snapshot`);
}

let codeVersion: Promise<string> | undefined;
/** Hash of the modules that decide chunks, quiz items and the index (this folder, search/, quiz/). */
function codeHash(): Promise<string> {
  codeVersion ??= (async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const hash = createHash('sha256').update(FORMAT);
    for (const dir of ['knowledge', 'search', 'quiz']) {
      const names = (await readdir(path.join(root, dir))).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort();
      for (const name of names)
        hash
          .update(`${dir}/${name}\0`)
          .update(await readFile(path.join(root, dir, name)))
          .update('\0');
    }
    return hash.digest('hex');
  })();
  return codeVersion;
}

/** Key of a load: the code version and every input file (relative name and content). */
export async function snapshotKey(inputs: Array<[string, string]>): Promise<string> {
  const hash = createHash('sha256').update(await codeHash());
  for (const [name, content] of inputs) hash.update(`\0${name}\0`).update(content);
  return hash.digest('hex');
}

/** The snapshot when it is whole and made for `key`, else why not (missing, stale, truncated, corrupt). */
export async function readSnapshot(file: string, key: string): Promise<SnapshotData | string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no snapshot yet' : `unreadable: ${(error as Error).message}`;
  }
  const newline = buffer.indexOf(10);
  let header: z.infer<typeof Header>;
  try {
    header = Header.parse(JSON.parse(buffer.subarray(0, newline < 0 ? buffer.length : newline).toString('utf8')));
  } catch {
    return 'corrupt header';
  }
  if (header.key !== key) return 'stale: the notes or the code changed';
  const body = buffer.subarray(newline + 1);
  const total = header.parts.reduce((sum, p) => sum + p.bytes, 0);
  if (body.length !== total) return `truncated: ${body.length} of ${total} bytes`;
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) return 'corrupt: checksum mismatch';
  try {
    const parts: Record<string, unknown> = {};
    let offset = 0;
    for (const part of header.parts) {
      parts[part.name] = JSON.parse(body.subarray(offset, offset + part.bytes).toString('utf8'));
      offset += part.bytes;
    }
    const meta = parts.meta as Pick<SnapshotData, 'files' | 'warnings' | 'glossary'>;
    const tables = parts.tables as SearchIndexJSON['tables'];
    if (!Array.isArray(meta?.files) || !Array.isArray(parts.chunks) || !Array.isArray(parts.quizItems)) return 'corrupt: bad shape';
    if (tables?.chunkTerms?.length !== parts.chunks.length) return 'corrupt: tables do not match the chunks';
    const chunks = parts.chunks as Chunk[];
    for (const c of chunks) if (typeof c.text !== 'string') c.text = joined(c);
    return { ...meta, chunks, quizItems: parts.quizItems as QuizItem[], index: { mini: parts.mini, tables } };
  } catch (error) {
    return `corrupt: ${(error as Error).message}`;
  }
}

/** Write atomically (temporary file, then rename), so a crash never leaves half a snapshot under the name. */
export async function writeSnapshot(file: string, key: string, data: SnapshotData): Promise<void> {
  const values: Record<(typeof PARTS)[number], unknown> = {
    meta: { files: data.files, warnings: data.warnings, glossary: data.glossary },
    chunks: data.chunks.map((c) => (c.text === joined(c) ? { ...c, text: undefined } : c)),
    quizItems: data.quizItems,
    mini: data.index.mini,
    tables: data.index.tables,
  };
  // One JSON text per part: a 50k-section corpus in one string would near V8's string limit.
  const buffers = PARTS.map((name) => Buffer.from(JSON.stringify(values[name]), 'utf8'));
  const hash = createHash('sha256');
  for (const b of buffers) hash.update(b);
  const header = { format: FORMAT, key, parts: PARTS.map((name, i) => ({ name, bytes: buffers[i]!.length })), sha256: hash.digest('hex') };
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      for (const b of [Buffer.from(`${JSON.stringify(header)}\n`), ...buffers]) await handle.write(b);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  await prune(path.dirname(file));
}

/** Keep the newest few snapshots of a data folder (each knowledge folder ever loaded leaves one). */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => /^knowledge-[0-9a-f]{12}\.snapshot$/.test(n));
  if (names.length <= KEEP + 1) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(KEEP + 1).map(({ n }) => rm(path.join(dir, n), { force: true })));
}
