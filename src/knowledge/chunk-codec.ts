// Chunks as the snapshot stores them: every distinct string once (breadcrumbs, files and the lines
// that label chunks repeat from their sections), and each chunk as numbers into that list. Reading
// this back is several times faster than JSON of the chunk objects, which was most of a warm start.
import type { Chunk, Unit } from '../model/chunk.js';

export interface EncodedChunks {
  strings: string[];
  numbers: Uint32Array;
}

/** A chunk's text is almost always its units joined: then it is not stored. */
const joined = (units: Unit[]) => units.map((u) => u.text).join('\n');

export function encodeChunks(chunks: Chunk[]): EncodedChunks {
  const index = new Map<string, number>();
  const strings: string[] = [];
  const str = (s: string) => {
    let n = index.get(s);
    if (n === undefined) index.set(s, (n = strings.push(s) - 1));
    return n;
  };
  /** Optional strings: 0 when absent, else 1 + the string's number. */
  const opt = (s: string | undefined) => (s === undefined ? 0 : 1 + str(s));
  const out: number[] = [];
  for (const c of chunks) {
    out.push(str(c.id), str(c.file), c.startLine, c.endLine, c.breadcrumb.length);
    for (const segment of c.breadcrumb) out.push(str(segment));
    out.push(str(c.title), opt(c.subject), opt(c.aspect), opt(c.within), opt(c.context), c.text === joined(c.units) ? 0 : 1 + str(c.text));
    out.push(c.units.length);
    for (const u of c.units) out.push(str(u.text), u.line, opt(u.label), u.depth, u.bullet ? 1 : 0);
  }
  return { strings, numbers: Uint32Array.from(out) };
}

/** The chunks back, fields in the order the chunker writes them; throws when the numbers do not add up. */
export function decodeChunks({ strings, numbers }: EncodedChunks): Chunk[] {
  let at = 0;
  // Plain loops and no closures per chunk: this runs for every chunk on every warm start.
  const next = (): number => {
    if (at >= numbers.length) throw new Error('chunk numbers end early');
    return numbers[at++]!;
  };
  const str = (): string => {
    const s = strings[next()];
    if (s === undefined) throw new Error('chunk string out of range');
    return s;
  };
  const opt = (): string | undefined => {
    const n = next();
    return n === 0 ? undefined : strings[n - 1];
  };
  const chunks: Chunk[] = [];
  while (at < numbers.length) {
    const id = str();
    const file = str();
    const startLine = next();
    const endLine = next();
    const crumbs = next();
    const breadcrumb: string[] = [];
    for (let i = 0; i < crumbs; i++) breadcrumb.push(str());
    const title = str();
    const subject = opt();
    const aspect = opt();
    const within = opt();
    const context = opt();
    const text = opt();
    const count = next();
    const units: Unit[] = [];
    for (let i = 0; i < count; i++) {
      const unitText = str();
      const line = next();
      const label = opt();
      // Keys in the order the chunker writes them, so a chunk's JSON is the same either way.
      const unit: Unit = { text: unitText, line, depth: next(), bullet: next() === 1 };
      if (label !== undefined) unit.label = label;
      units.push(unit);
    }
    const chunk = { id, file, startLine, endLine, breadcrumb, title } as Chunk;
    if (subject !== undefined) chunk.subject = subject;
    if (aspect !== undefined) chunk.aspect = aspect;
    chunk.units = units;
    chunk.text = text ?? joined(units);
    if (within !== undefined) chunk.within = within;
    if (context !== undefined) chunk.context = context;
    chunks.push(chunk);
  }
  return chunks;
}
