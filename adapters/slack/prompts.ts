// The agent pane's suggested prompts: three of the notes' main subjects plus one quiz prompt (Slack
// shows at most four). Main subjects are the note subjects with the most sections, taken from
// different parts of the notes in turn so the prompts do not all ask about one chapter.
import type { Knowledge } from '../../src/index.js';

/** One prompt as assistant.threads.setSuggestedPrompts takes it. */
export interface SuggestedPrompt {
  title: string;
  message: string;
}

/** Slack's limit on suggested prompts per thread. */
export const MAX_PROMPTS = 4;
export const QUIZ_PROMPT: SuggestedPrompt = { title: 'O/X 퀴즈 풀기', message: '퀴즈 5' };
/** Headings that name a part of a subject, not a subject. */
const GENERIC = /^(?:정의|특징|장점|단점|예시|설명|정리|요약|summary|개요)$/i;

/** `IaaS (Infrastructure as a Service)` -> `IaaS`, `RAID 란?` -> `RAID`; numbering such as `1. ` dropped. */
function shortName(title: string): string {
  const short = title.replace(/^\s*\d+[.)]\s*/, '').replace(/\s*\(.*\)\s*$/, '').replace(/\s*(?:이란|란)\s*\?$/, '').trim();
  return short || title;
}

/** Up to `count` main subjects of the notes, most-covered first, alternating between parent sections. */
export function mainSubjects(knowledge: Knowledge, count: number): string[] {
  const sections = new Map<string, { parent: string; chunks: number; first: number }>();
  knowledge.chunks.forEach((chunk, i) => {
    const crumbs = chunk.subject ? chunk.subject.split(' › ') : chunk.breadcrumb.filter((c) => !GENERIC.test(c.trim()));
    const name = crumbs.at(-1);
    if (!name || crumbs.length < 2) return;
    const entry = sections.get(name) ?? { parent: crumbs.at(-2) ?? '', chunks: 0, first: i };
    entry.chunks += 1;
    sections.set(name, entry);
  });
  const ranked = [...sections].sort((a, b) => b[1].chunks - a[1].chunks || a[1].first - b[1].first);
  const picked: string[] = [];
  const parents = new Set<string>();
  // First pass: one subject per parent section; second pass fills up with the rest.
  for (const pass of [0, 1]) {
    for (const [name, { parent }] of ranked) {
      const short = shortName(name);
      if (picked.length >= count || picked.includes(short) || short.length > 24) continue;
      if (pass === 0 && parents.has(parent)) continue;
      parents.add(parent);
      picked.push(short);
    }
  }
  return picked;
}

/** Three subject prompts ("IaaS 알려줘") and the quiz prompt. */
export function suggestedPrompts(knowledge: Knowledge | undefined): SuggestedPrompt[] {
  const subjects = knowledge ? mainSubjects(knowledge, MAX_PROMPTS - 1) : [];
  return [...subjects.map((s) => ({ title: s, message: `${s} 알려줘` })), QUIZ_PROMPT];
}
