// YAML with line numbers: parse a file, validate each top-level list entry with zod, and turn
// any problem into a KafkaBotError naming file:line. Used by the glossary and the quiz bank.
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { KafkaBotError, type ErrorCode } from '../model/errors.js';

export interface LinedEntry<T> {
  value: T;
  line: number;
}

/** Parse `source` (a YAML list at the top level) and validate every entry with `schema`. */
export function parseYamlList<T>(source: string, file: string, schema: z.ZodType<T>, code: ErrorCode): Array<LinedEntry<T>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const firstError = doc.errors[0];
  if (firstError) {
    throw new KafkaBotError(code, `not valid YAML: ${firstError.message.split('\n')[0]}`, {
      location: { file, line: lineAt(firstError.pos[0]) },
    });
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new KafkaBotError(code, 'expected a list of entries at the top level', { location: { file, line: lineAt(doc.contents.range?.[0]) } });
  }
  return doc.contents.items.map((item) => {
    const node = item as Node;
    const line = lineAt(node.range?.[0]);
    const parsed = schema.safeParse(node.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new KafkaBotError(code, `bad entry: ${where}${issue?.message ?? 'invalid'}`, { location: { file, line } });
    }
    return { value: parsed.data, line };
  });
}
