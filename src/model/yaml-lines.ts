// YAML with line numbers, the one reader for every yml the bot loads (glossary, quiz bank, paths):
// the `yaml` package's LineCounter maps node offsets to lines, a syntax error becomes a
// KafkaBotError naming file:line, and a top-level list can be validated entry by entry with zod.
import { LineCounter, parseDocument, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { KafkaBotError, type ErrorCode } from './errors.js';

/** A parsed YAML file that can say on which line any of its nodes starts. */
export interface LinedYaml {
  file: string;
  doc: Document.Parsed;
  /** 1-based line where `node` starts; undefined for a node without a position. */
  lineOf(node: unknown): number | undefined;
  /** 1-based line of the node at `path` (list indexes and keys from the top), or `fallback`. */
  lineAt(path: Array<string | number>, fallback: number): number;
}

export interface LinedEntry<T> {
  value: T;
  line: number;
}

/** Parse `source`; a syntax error throws `code` at its line, the message starting with `syntaxLabel`. */
export function readYamlLines(source: string, file: string, code: ErrorCode, syntaxLabel = 'not valid YAML'): LinedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new KafkaBotError(code, `${syntaxLabel}: ${firstError.message.split('\n')[0]}`, { location: { file, line } });
  }
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return { file, doc, lineOf, lineAt: (path, fallback) => lineOf(doc.getIn(path, true)) ?? fallback };
}

/** Parse `source` (a YAML list at the top level) and validate every entry with `schema`. */
export function parseYamlList<T>(source: string | LinedYaml, file: string, schema: z.ZodType<T>, code: ErrorCode): Array<LinedEntry<T>> {
  const { doc, lineOf } = typeof source === 'string' ? readYamlLines(source, file, code) : source;
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new KafkaBotError(code, 'expected a list of entries at the top level', { location: { file, line: lineOf(doc.contents) ?? 1 } });
  }
  return doc.contents.items.map((item) => {
    const node = item as Node;
    const line = lineOf(node) ?? 1;
    const parsed = schema.safeParse(node.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new KafkaBotError(code, `bad entry: ${where}${issue?.message ?? 'invalid'}`, { location: { file, line } });
    }
    return { value: parsed.data, line };
  });
}
