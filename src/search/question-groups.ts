// Which asked questions are the same question: term sets from the Korean analyzer (stop words out),
// grouped by Jaccard overlap. The gap report and the lead's digest list unanswered questions this way.
import { analyzeWords } from './analyze-ko.js';
import { normalize } from './normalize.js';

/** Two questions are "the same" when their term sets overlap at least this much (Jaccard). */
export const SIMILARITY = 0.5;
/** Question words that say nothing about the topic. */
const STOP = new Set([
  '뭐',
  '뭐야',
  '뭔가',
  '무엇',
  '무엇인가',
  '어떻게',
  '얼마나',
  '알려줘',
  '알려',
  '주세요',
  '궁금',
  '왜',
  '언제',
  '어디',
  'what',
  'how',
  'is',
  'the',
  'a',
  'an',
  'of',
  'to',
  'do',
  'does',
  'why',
  'which',
]);

/** The topic terms of a question, for grouping. */
export function questionTerms(question: string): Set<string> {
  const terms = new Set<string>();
  for (const word of analyzeWords(question.slice(0, 500))) {
    for (const term of word.terms) if (!STOP.has(term)) terms.add(term);
  }
  return terms;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface QuestionGroup {
  /** The first wording seen, and other distinct wordings (at most a few). */
  question: string;
  variants: string[];
  count: number;
  firstAt: number;
  lastAt: number;
}

/** Group questions whose terms overlap ≥ SIMILARITY with a group's first question; biggest first. */
export function groupQuestions(records: Array<{ question: string; at: number }>): QuestionGroup[] {
  const groups: Array<QuestionGroup & { terms: Set<string>; key: string }> = [];
  for (const r of [...records].sort((a, b) => a.at - b.at)) {
    const key = normalize(r.question).replace(/\s+/g, ' ').trim();
    const terms = questionTerms(r.question);
    const group = groups.find((g) => (terms.size === 0 || g.terms.size === 0 ? g.key === key : jaccard(g.terms, terms) >= SIMILARITY));
    if (!group) {
      groups.push({ question: r.question, variants: [], count: 1, firstAt: r.at, lastAt: r.at, terms, key });
      continue;
    }
    group.count += 1;
    group.firstAt = Math.min(group.firstAt, r.at);
    group.lastAt = Math.max(group.lastAt, r.at);
    const seen = [group.question, ...group.variants].map((q) => normalize(q).replace(/\s+/g, ' ').trim());
    if (!seen.includes(key) && group.variants.length < 3) group.variants.push(r.question);
  }
  return groups.map(({ terms: _t, key: _k, ...g }) => g).sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}
