// The authored quiz bank: the texts of <dir>/quiz/*.yml (read by the knowledge loader, which guards
// the folder), each item validated with zod, its `section` resolved against the chunks' breadcrumbs
// and merged with the items marked up in the notes. Every problem is a QUIZ_INVALID naming file:line.
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { ChoiceSchema } from '../model/action-schema.js';
import { KafkaBotError } from '../model/errors.js';
import type { Chunk, QuizItem } from '../model/chunk.js';
import { readYamlLines } from '../model/yaml-lines.js';
import { topicsFor } from './topics.js';
import { matchSourceMarker } from './markup.js';

/** One item as written in a yml file. */
export const QuizEntrySchema = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][\w.-]*$/, 'id: 영문/숫자/-/_/. 만 쓸 수 있어요'),
  statement: z.string().trim().min(1),
  answer: z.string().trim().toUpperCase().pipe(ChoiceSchema),
  explanation: z.string().trim().min(1),
  /** Breadcrumb segments joined with ' › ' (the end of the section's breadcrumb), or one heading. */
  section: z.string().trim().min(1),
  /** Topic keys or aliases (see topics.ts); added to the topics derived from the section. */
  tags: z.array(z.string().trim().min(1)).optional(),
});

export type QuizEntry = z.infer<typeof QuizEntrySchema>;

/** Lowercase, NFKC, no spaces, no markdown bold or leading numbering: how segments are compared. */
export function normSegment(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*#*\s*\d+[.)]\s+/, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Split a `section` into its segments. */
export function sectionSegments(section: string): string[] {
  return section
    .split('›')
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Candidate {
  breadcrumb: string[];
  file: string;
  line: number;
}

/** Breadcrumbs a section may name: each chunk's, plus its aspect/unit labels as a last segment. */
function candidates(chunks: Chunk[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chunks) {
    out.push({ breadcrumb: c.breadcrumb, file: c.file, line: c.startLine });
    const last = c.breadcrumb[c.breadcrumb.length - 1];
    if (c.aspect && c.aspect !== last) out.push({ breadcrumb: [...c.breadcrumb, c.aspect], file: c.file, line: c.startLine });
    const seen = new Set<string>();
    for (const u of c.units) {
      if (!u.label || u.label === last || u.label === c.aspect || seen.has(u.label)) continue;
      seen.add(u.label);
      out.push({ breadcrumb: [...c.breadcrumb, u.label], file: c.file, line: u.line });
    }
  }
  return out;
}

/**
 * Find the section a `section` string names. Its segments must match consecutive breadcrumb
 * segments, each contained in the corresponding one. Preference: the END of a breadcrumb, exactly;
 * the end, contained; then a heading further up (a section only split into sub-chunks, such as
 * `XFS 파일시스템`), exactly, then contained. Ties go to the earliest chunk.
 */
export function resolveSection(section: string, chunks: Chunk[]): QuizItem['source'] | undefined {
  const wanted = sectionSegments(section).map(normSegment);
  const k = wanted.length;
  if (k === 0) return undefined;
  let best: { tier: number; source: QuizItem['source'] } | undefined;
  for (const c of candidates(chunks)) {
    const crumbs = c.breadcrumb.map(normSegment);
    for (let start = crumbs.length - k; start >= 0; start--) {
      const run = crumbs.slice(start, start + k);
      if (!wanted.every((w, i) => (run[i] ?? '').includes(w))) continue;
      const exact = wanted.every((w, i) => run[i] === w);
      const tier = (start === crumbs.length - k ? 0 : 2) + (exact ? 0 : 1);
      if (!best || tier < best.tier) {
        best = { tier, source: { breadcrumb: c.breadcrumb.slice(0, start + k), file: c.file, line: c.line } };
      }
    }
    if (best?.tier === 0) break;
  }
  return best?.source;
}

function invalid(file: string, line: number | undefined, message: string): KafkaBotError {
  return new KafkaBotError('QUIZ_INVALID', message, { location: line === undefined ? { file } : { file, line } });
}

/** Read and validate one yml file (file = display path, e.g. knowledge/quiz/raid.yml). */
export function parseQuizFile(text: string, file: string, chunks: Chunk[]): QuizItem[] {
  const { doc, lineOf } = readYamlLines(text, file, 'QUIZ_INVALID', 'YAML 형식 오류');
  let seq: unknown = doc.contents;
  if (isMap(seq)) seq = seq.get('items', true);
  if (seq === null || seq === undefined) return [];
  if (!isSeq(seq)) throw invalid(file, lineOf(seq), '문항 목록(- id: ...)이 있어야 해요');
  const items: QuizItem[] = [];
  for (const node of seq.items) {
    const itemLine = lineOf(node) ?? 1;
    const parsed = QuizEntrySchema.safeParse((node as YamlNode & { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path[0];
      let line = itemLine;
      if (isMap(node) && typeof key === 'string') {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        line = lineOf(pair?.value ?? pair?.key) ?? itemLine;
      }
      const what =
        issue?.code === 'unrecognized_keys'
          ? `모르는 필드: ${issue.keys.join(', ')}`
          : `${String(key ?? '문항')}: ${issue?.message ?? '형식이 맞지 않아요'}`;
      throw invalid(file, line, `퀴즈 문항이 올바르지 않아요 (${what})`);
    }
    const entry = parsed.data;
    const source = resolveSection(entry.section, chunks);
    if (!source) {
      const pair = isMap(node) ? node.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'section') : undefined;
      throw invalid(file, lineOf(pair?.value) ?? itemLine, `section '${entry.section}' 을(를) 노트에서 찾을 수 없어요`);
    }
    items.push({
      id: entry.id,
      statement: entry.statement,
      answer: entry.answer,
      explanation: entry.explanation,
      source,
      topics: topicsFor(source.breadcrumb, entry.statement, entry.tags),
      origin: { file, line: itemLine },
    });
  }
  return items;
}

/** The bank from `files` ([shown path, text] of each quiz .yml, in order) and the notes' own items; ids must be unique. */
export function buildQuizBank(files: ReadonlyArray<readonly [string, string]>, chunks: Chunk[], noteItems: QuizItem[]): QuizItem[] {
  const all = noteItems.map((item) => withNamedSource(item, chunks));
  const byId = new Map(all.map((i) => [i.id, i]));
  for (const [display, text] of files) {
    for (const item of parseQuizFile(text, display, chunks)) {
      const other = byId.get(item.id);
      if (other) {
        throw invalid(display, item.origin.line, `id '${item.id}' 가 중복이에요 (${other.origin.file}:${other.origin.line} 에도 있어요)`);
      }
      byId.set(item.id, item);
      all.push(item);
    }
  }
  return all;
}

/**
 * A note item whose explanation ends with `근거: <section>` cites that section instead of the one it
 * sits in (a 정리 list points each item to the section that supports it). Unknown: QUIZ_INVALID.
 */
function withNamedSource(item: QuizItem, chunks: Chunk[]): QuizItem {
  const marked = matchSourceMarker(item.explanation);
  if (!marked.section) return item;
  const source = resolveSection(marked.section, chunks);
  if (!source) throw invalid(item.origin.file, item.origin.line, `근거 '${marked.section}' 을(를) 노트에서 찾을 수 없어요`);
  return { ...item, explanation: marked.explanation, source, topics: topicsFor(source.breadcrumb, item.statement) };
}
