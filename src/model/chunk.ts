// Shapes cut from the notes: chunks (with their units), quiz items and glossary entries. Plain data,
// produced by src/knowledge (chunk.ts, load.ts) and src/quiz (bank.ts), read by search, answer and quiz.
import type { Choice } from './reply.js';

/** One line or sentence of a chunk, in reading order. */
export interface Unit {
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** `**label**:` or the bold title of the list item it sits under, e.g. '장점'. */
  label?: string;
  /** List nesting (0 = paragraph or top-level bullet), for display. */
  depth: number;
  /** True for list items (rendered with a bullet). */
  bullet: boolean;
}

/** The smallest self-contained piece of a note that answers a question. */
export interface Chunk {
  /** Stable id: `<file>#L<startLine>` (plus `:<n>` when two chunks share a line). */
  id: string;
  /** Path relative to the project root (or to the knowledge dir's parent), e.g. `knowledge/x.md`. */
  file: string;
  startLine: number;
  endLine: number;
  /** Section titles from the top of the note down to this chunk, cleaned of markup and numbering. */
  breadcrumb: string[];
  /** Last breadcrumb segment. */
  title: string;
  /**
   * When this chunk is one aspect of a bigger subject (IaaS › 장점), the breadcrumb of that subject
   * joined with ' › ', and `aspect` the label ('장점'). Comparisons line aspects up by these.
   */
  subject?: string;
  aspect?: string;
  units: Unit[];
  /** Units joined with newlines. */
  text: string;
  /** For a `label: value` bullet cut out as its own chunk: the id of the chunk it sits in. */
  within?: string;
  /** Words that frame the chunk (its list's intro sentence): searched, never shown. */
  context?: string;
}

/** One O/X statement, from note markup or knowledge/quiz/*.yml. */
export interface QuizItem {
  id: string;
  statement: string;
  answer: Choice;
  explanation: string;
  /** Breadcrumb of the section it is based on, and where that section is. */
  source: { breadcrumb: string[]; file: string; line: number };
  /** Topic keys, e.g. ['raid']; see src/quiz/topics.ts. */
  topics: string[];
  /** Where the item itself is written (note or yml), for error messages. */
  origin: { file: string; line: number };
}

/** One glossary entry: terms that mean the same thing (memory ↔ 메모리). */
export interface GlossaryEntry {
  terms: string[];
  line: number;
}
