// The knowledge snapshot in DATA_DIR: chunks, quiz items, glossary, the minisearch index and the
// derived tables (JSON parts, then number arrays), keyed by a hash of every input file (notes,
// glossary.yml, quiz/*.yml) and of the code that cuts and indexes them (the lexicon is code). A stale,
// truncated or corrupt file is detected (key, byte counts, CRC-32) and never trusted; writes are atomic.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Chunk, GlossaryEntry, QuizItem } from '../model/chunk.js';
import { decodeChunks, encodeChunks } from './chunk-codec.js';
import { ARRAYS, type SavedIndex } from '../search/search-index.js';

const FORMAT = 'kafka-bot-knowledge-snapshot/3';
const JSON_PARTS = ['meta', 'strings', 'quizItems', 'index'] as const;
/** Parts stored as number arrays: the chunks' numbers, then the index's. */
const ARRAY_PARTS = ['chunks', ...ARRAYS] as const;
const PARTS = [...JSON_PARTS, ...ARRAY_PARTS] as const;
/** Snapshots of other knowledge folders kept beside the newest (older ones are removed). */
const KEEP = 4;

export interface SnapshotData {
  files: string[];
  warnings: string[];
  glossary: GlossaryEntry[];
  chunks: Chunk[];
  quizItems: QuizItem[];
  index: SavedIndex;
}

const Header = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  parts: z.array(z.object({ name: z.enum(PARTS), bytes: z.number().int().nonnegative() })).length(PARTS.length),
  crc32: z.number().int(),
});

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
      const contents = await Promise.all(names.map((name) => readFile(path.join(root, dir, name))));
      names.forEach((name, i) => hash.update(`${dir}/${name}\0`).update(contents[i]!).update('\0'));
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

/**
 * The snapshot when it is whole and made for `key`, else why not (missing, stale, truncated,
 * corrupt). The file is read while the key is still being worked out; a key that fails is thrown.
 */
export async function readSnapshot(file: string, key: string | Promise<string>): Promise<SnapshotData | string> {
  const [buffer, expected] = await Promise.all([
    readFile(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? 'no snapshot yet' : `unreadable: ${error.message}`)),
    key,
  ]);
  if (typeof buffer === 'string') return buffer;
  const newline = buffer.indexOf(10);
  let header: z.infer<typeof Header>;
  try {
    header = Header.parse(JSON.parse(buffer.subarray(0, newline < 0 ? buffer.length : newline).toString('utf8')));
  } catch {
    return 'corrupt header';
  }
  if (header.key !== expected) return 'stale: the notes or the code changed';
  const body = buffer.subarray(newline + 1);
  const total = header.parts.reduce((sum, p) => sum + p.bytes, 0);
  if (body.length !== total) return `truncated: ${body.length} of ${total} bytes`;
  if (crc32(body) !== header.crc32) return 'corrupt: checksum mismatch';
  try {
    const json: Record<string, unknown> = {};
    const arrays: Record<string, Uint32Array> = {};
    let offset = 0;
    for (const part of header.parts) {
      const bytes = body.subarray(offset, offset + part.bytes);
      offset += part.bytes;
      if ((JSON_PARTS as readonly string[]).includes(part.name)) json[part.name] = JSON.parse(bytes.toString('utf8'));
      else if (part.bytes % 4 !== 0) return `corrupt: ${part.name} is not whole numbers`;
      // A copy: the buffer's offset need not be a multiple of 4.
      else arrays[part.name] = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    }
    const meta = json.meta as Pick<SnapshotData, 'files' | 'warnings' | 'glossary'>;
    const index = json.index as SavedIndex['json'];
    if (!Array.isArray(meta?.files) || !Array.isArray(json.strings) || !Array.isArray(json.quizItems) || !index?.mini || !index.tables)
      return 'corrupt: bad shape';
    const chunks = decodeChunks({ strings: json.strings as string[], numbers: arrays.chunks! });
    return { ...meta, chunks, quizItems: json.quizItems as QuizItem[], index: { json: index, arrays: arrays as SavedIndex['arrays'] } };
  } catch (error) {
    return `corrupt: ${(error as Error).message}`;
  }
}

/** Write atomically (temporary file, then rename), so a crash never leaves half a snapshot under the name. */
export async function writeSnapshot(file: string, key: string, data: SnapshotData): Promise<void> {
  const chunks = encodeChunks(data.chunks);
  const values: Record<(typeof JSON_PARTS)[number], unknown> = {
    meta: { files: data.files, warnings: data.warnings, glossary: data.glossary },
    strings: chunks.strings,
    quizItems: data.quizItems,
    index: data.index.json,
  };
  const arrays = { ...data.index.arrays, chunks: chunks.numbers };
  // One JSON text per part: a 50k-section corpus in one string would near V8's string limit.
  const buffers = [
    ...JSON_PARTS.map((name) => Buffer.from(JSON.stringify(values[name]), 'utf8')),
    ...ARRAY_PARTS.map((name) => {
      const a = arrays[name];
      return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    }),
  ];
  const header = {
    format: FORMAT,
    key,
    parts: PARTS.map((name, i) => ({ name, bytes: buffers[i]!.length })),
    crc32: buffers.reduce((c, b) => crc32(b, c), 0),
  };
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
