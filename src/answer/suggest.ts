// Between a sure answer and a refusal: when the notes know every content word of a question but no
// one section covers enough of it, offer the two or three nearest sections to pick from; each choice
// answers that section. A question with a word the notes lack stays an honest no_answer.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk } from '../model/chunk.js';
import type { Action, Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { isKnown, type Idf } from '../search/coverage.js';
import type { SearchHit } from '../search/search-index.js';
import type { Concept } from '../search/query.js';
import { clipAtWord, shortTitle, sourceOf } from './source.js';
import { containerOf } from './groups.js';

/** Least coverage of the best section for it to be worth offering. */
export const SUGGEST_COVERAGE = 0.3;
/** Most choices offered. */
export const MAX_CHOICES = 3;

/** True when two or more sections are near enough and the notes know every content word asked. */
export function canSuggest(concepts: Concept[], hits: SearchHit[], idf: Idf): boolean {
  if (hits.filter((h) => h.coverage >= SUGGEST_COVERAGE).length < 2) return false;
  return concepts.every((c) => c.role !== 'content' || isKnown(c, idf));
}

/** A choice that answers `question` from section `chunk`. */
export function sectionChoice(chunk: Chunk, question: string): Action {
  return { type: 'ask', label: clipAtWord(shortTitle(chunk.title), 60), question, ref: chunk.id };
}

export function suggestReply(knowledge: Knowledge, question: string, hits: SearchHit[], notice?: string): Reply {
  const seen = new Set<string>();
  const choices = [];
  // Sections about another named thing than the question come last, if at all.
  for (const hit of [...hits.filter((h) => !h.clash), ...hits.filter((h) => h.clash)]) {
    if (hit.coverage < SUGGEST_COVERAGE) continue;
    // A `label: value` line is offered as the section it sits in.
    const chunk = containerOf(knowledge, hit.chunk) ?? hit.chunk;
    if (seen.has(chunk.id)) continue;
    seen.add(chunk.id);
    choices.push(chunk);
    if (choices.length === MAX_CHOICES) break;
  }
  const actions: Action[] = choices.map((c) => sectionChoice(c, question));
  return finishReply({
    kind: 'suggest',
    // The choices are listed under "이 중에 있나요?" from the actions and sources (model/reply-view.ts).
    body: '노트에서 딱 맞는 답은 못 찾았어요.',
    sources: choices.map(sourceOf),

    actions,
    notice,
  });
}
