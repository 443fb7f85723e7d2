// One section of the notes as a whole reply (title, its lines, its source), for surfaces that let
// people pick a section themselves, such as Teams' search extension. No ranking, no follow-ups.
import type { Knowledge } from '../knowledge/types.js';
import type { Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { topicTitle } from './presentation.js';

/** Longest plain text of a section reply; longer sections end with `…`. Default 1500. */
export const SECTION_LIMIT = 1500;

/** The chunk `chunkId` of the current notes as a reply, or undefined when it no longer exists. */
export function sectionReply(knowledge: Knowledge, chunkId: string, limit = SECTION_LIMIT): Reply | undefined {
  const chunk = knowledge.chunks.find((c) => c.id === chunkId);
  if (!chunk) return undefined;
  const source = { title: chunk.title, file: chunk.file, line: chunk.startLine, endLine: chunk.endLine, breadcrumb: chunk.breadcrumb };
  const base = { kind: 'answer' as const, title: topicTitle(chunk, false), sources: [source], actions: [] };
  const lines = chunk.units.map((u) => (u.bullet || u.depth > 0 ? `${'  '.repeat(u.depth)}- ${u.text}` : u.text));
  let body = '';
  for (const line of lines) {
    const next = body ? `${body}\n${line}` : line;
    if (finishReply({ ...base, body: `${next}\n…` }).text.length > limit)
      return finishReply({ ...base, body: body ? `${body}\n…` : `${line.slice(0, limit / 2)}…` });
    body = next;
  }
  return finishReply({ ...base, body });
}
