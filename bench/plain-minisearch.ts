// The baseline: out-of-the-box minisearch doing the bot's job the simplest way — notes cut at
// headings, indexed with minisearch's defaults, the best hit's section (700 chars) as the answer.
// What `npm run bench` compares Kafka Bot with, on the same files and questions.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';

export interface PlainChunk {
  id: string;
  file: string;
  line: number;
  title: string;
  text: string;
}

/** One chunk per heading (and one for text before the first heading). */
export function headingChunks(source: string, file: string): PlainChunk[] {
  const out: PlainChunk[] = [];
  let current: PlainChunk = { id: `${file}#L1`, file, line: 1, title: file, text: '' };
  source.split('\n').forEach((line, i) => {
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (!heading) {
      current.text += `${line}\n`;
      return;
    }
    if (current.text.trim()) out.push(current);
    current = { id: `${file}#L${i + 1}`, file, line: i + 1, title: heading[1]!.trim(), text: '' };
  });
  if (current.text.trim()) out.push(current);
  return out;
}

export const plainOptions = { fields: ['title', 'text'], storeFields: ['file', 'line', 'title', 'text'] };

export async function plainFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md') && !/readme\.md$/i.test(f)).sort();
}

export async function plainChunks(dir: string): Promise<PlainChunk[]> {
  const files = await plainFiles(dir);
  return (await Promise.all(files.map(async (f) => headingChunks(await readFile(path.join(dir, f), 'utf8'), f)))).flat();
}

export class PlainBot {
  readonly mini = new MiniSearch<PlainChunk>(plainOptions);
  private readonly byFile = new Map<string, string[]>();

  constructor(chunks: PlainChunk[]) {
    this.mini.addAll(chunks);
    for (const c of chunks) this.byFile.set(c.file, [...(this.byFile.get(c.file) ?? []), c.id]);
  }

  static async load(dir: string): Promise<PlainBot> {
    return new PlainBot(await plainChunks(dir));
  }

  /** The same job as the bot's answer: best section, trimmed to 700 characters, with its source. */
  answer(question: string): { kind: string; text: string; sources: Array<{ file: string; line: number }> } {
    const best = this.mini.search(question)[0];
    if (!best) return { kind: 'no_answer', text: '노트에 없어요.', sources: [] };
    return { kind: 'answer', text: `${best.title}\n${String(best.text).slice(0, 700)}`, sources: [{ file: best.file, line: best.line }] };
  }

  /** minisearch's own in-place update: discard the file's sections, add its new ones. */
  reloadFile(file: string, source: string): void {
    this.mini.discardAll(this.byFile.get(file) ?? []);
    const chunks = headingChunks(source, file);
    this.mini.addAll(chunks);
    this.byFile.set(
      file,
      chunks.map((c) => c.id),
    );
  }
}
