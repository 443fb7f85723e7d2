// The loaded knowledge: the notes' chunks, quiz items and glossary together with the search index
// built over them. Built by load.ts, held by a KnowledgeHolder that a reload swaps in one assignment.
import type { Chunk, GlossaryEntry, QuizItem } from '../model/chunk.js';
import type { SearchIndex } from '../search/search-index.js';

/** Everything loaded from one knowledge folder; swapped whole on reload. */
export interface Knowledge {
  /** The folder it was loaded from. */
  dir: string;
  /** Notes read, relative paths. */
  files: string[];
  chunks: Chunk[];
  /** Items from note markup and knowledge/quiz/*.yml together. */
  quizItems: QuizItem[];
  glossary: GlossaryEntry[];
  /** Non-fatal problems (empty folder, ...), logged at start. */
  warnings: string[];
  /** Epoch ms. */
  loadedAt: number;
  /** Search over `chunks` (src/search/search-index.ts). */
  search: SearchIndex;
  /** Whether this load came from the DATA_DIR snapshot, and if not why (absent when snapshots are off). */
  snapshot?: { used: boolean; reason: string; file: string };
}

/** Holds the current knowledge; reload swaps `current` in one assignment. */
export interface KnowledgeHolder {
  current: Knowledge;
}
