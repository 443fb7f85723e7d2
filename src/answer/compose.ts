// Hits -> one focused answer or an honest no-answer. The best chunk must cover most of the question
// (coverage, not raw score); the body keeps only the units that match what the breadcrumb does not
// already say, and the whole plain-text reply stays within 700 characters.
import type { Knowledge, Unit } from '../knowledge/types.js';
import type { Action, Reply } from '../reply.js';
import { finishReply } from '../render-text.js';
import { analyze } from '../search/analyze-ko.js';
import { covers, type Idf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';
import { sourceOf, unitLine } from './source.js';
import { followUpsFor } from './follow-ups.js';
import { chunksOfSubject } from './groups.js';
import { noAnswer } from './no-answer.js';
import { MIN_COVERAGE } from './thresholds.js';

/** Longest plain-text lookup reply. */
export const ANSWER_LIMIT = 700;

export function feedbackActions(question: string, ref: string): Action[] {
  return [
    { type: 'feedback', label: '👍', vote: 'up', question, ref },
    { type: 'feedback', label: '👎', vote: 'down', question, ref },
  ];
}

export function composeAnswer(knowledge: Knowledge, question: string, notice?: string): Reply {
  const index = knowledge.search;
  const concepts = index.plan(question);
  const hits = index.search(concepts, { limit: 8 });
  const best = hits[0];
  if (!best || best.coverage < MIN_COVERAGE) return noAnswer(knowledge, question, hits, notice);

  const chunk = best.chunk;
  const siblings = chunk.aspect
    ? chunksOfSubject(knowledge, chunk.subject!).filter((c) => c.aspect === chunk.aspect)
    : [chunk];
  const crumbTerms = new Set(analyze(chunk.breadcrumb.join(' ')));
  const specific = concepts.filter((c) => !covers(c, crumbTerms));
  const lines =
    siblings.length > 1 && specific.length === 0
      ? siblings.map((c) => `- **${c.title}**: ${c.units.find((u) => !u.label || u.depth === 0)?.text ?? ''}`)
      : pickUnits(chunk.units, specific, (t) => index.idf(t)).map((u) => unitLine(u));
  const followUps = followUpsFor(knowledge, chunk);
  const base = {
    kind: 'answer' as const,
    title: chunk.breadcrumb.slice(-2).join(' › '),
    sources: [sourceOf(siblings.length > 1 && specific.length === 0 ? siblings[0]! : chunk)],
    followUps,
    actions: [...followUps.map((q): Action => ({ type: 'ask', label: q, question: q })), ...feedbackActions(question, chunk.id)],
    notice,
  };
  return fitBody(base, lines, ANSWER_LIMIT);
}

/** Units that match the specific concepts (best first, printed in note order); all when none are specific. */
function pickUnits(units: Unit[], specific: Concept[], idf: Idf): Unit[] {
  if (specific.length === 0) return units;
  const scored = units.map((unit, i) => {
    const terms = new Set(analyze(`${unit.label ?? ''} ${unit.text}`));
    const score = specific.reduce((sum, c) => sum + (covers(c, terms) ? (idf(c.terms[0] ?? '') ?? 1) : 0), 0);
    return { unit, i, score };
  });
  const matched = scored.filter((s) => s.score > 0);
  if (matched.length === 0) return units;
  const top = Math.max(...matched.map((s) => s.score));
  return matched.filter((s) => s.score >= top * 0.5).sort((a, b) => a.i - b.i).map((s) => s.unit);
}

/** Add body lines while the plain-text reply stays within `limit`; say so when lines were left out. */
export function fitBody(base: Omit<Reply, 'text' | 'body'>, lines: string[], limit: number): Reply {
  let body = '';
  let kept = 0;
  for (const line of lines) {
    const next = body ? `${body}\n${line}` : line;
    if (finishReply({ ...base, body: `${next}\n…` }).text.length > limit) break;
    body = next;
    kept += 1;
  }
  if (kept === 0 && lines[0]) {
    const room = limit - finishReply({ ...base, body: '' }).text.length - 4;
    body = `${lines[0].slice(0, Math.max(0, room))}…`;
  } else if (kept < lines.length) {
    body += '\n…';
  }
  return finishReply({ ...base, body });
}

