// Parsing of `/kafka-quiz [count|topic|review|stats|top|help|stop]` (done once, here), of typed
// O/X answers (`O`, `x`, `0`, `맞다`, `아니다`, `true`, `false`, …) and of a pass (`모르겠어`, `pass`).
import type { Choice } from '../model/reply.js';
import { resolveTopic } from './topics.js';

/** Questions in a session when no count is given. */
export const DEFAULT_COUNT = 5;
/** Largest count a user may ask for. */
export const MAX_COUNT = 20;

/** What a `/kafka-quiz` argument string asks for. */
export type QuizCommand =
  | { type: 'start'; count: number; topic?: string }
  | { type: 'review'; count: number }
  | { type: 'stats' }
  | { type: 'top' }
  | { type: 'help' }
  | { type: 'stop' }
  /** `/kafka-quiz O` (or `pass`) while a quiz is running. */
  | { type: 'answer'; choice: Choice | 'pass' }
  /** Not understood; `problem` says why (Korean, one sentence). */
  | { type: 'usage'; problem: string };

const KEYWORDS: Record<string, 'review' | 'stats' | 'top' | 'help' | 'stop' | 'start'> = {
  review: 'review',
  복습: 'review',
  retry: 'review',
  stats: 'stats',
  stat: 'stats',
  통계: 'stats',
  기록: 'stats',
  me: 'stats',
  top: 'top',
  leaderboard: 'top',
  rank: 'top',
  ranking: 'top',
  순위: 'top',
  랭킹: 'top',
  help: 'help',
  도움말: 'help',
  도움: 'help',
  '?': 'help',
  stop: 'stop',
  그만: 'stop',
  quit: 'stop',
  cancel: 'stop',
  중지: 'stop',
  start: 'start',
  시작: 'start',
  again: 'start',
  다시: 'start',
  quiz: 'start',
  퀴즈: 'start',
};

const O_WORDS = new Set(['o', '0', '○', '⭕', 'ㅇ', '맞다', '맞아', '맞음', '맞습니다', '참', 'true', 'yes', 'y', '예', '네', '응']);
const X_WORDS = new Set([
  'x',
  '×',
  '✕',
  '❌',
  '아니다',
  '아니야',
  '아님',
  '아니요',
  '아뇨',
  '틀리다',
  '틀려',
  '틀림',
  '틀렸다',
  '거짓',
  'false',
  'no',
  'n',
]);

/** A typed answer as a choice, or undefined when the text is not one. */
export function parseChoiceText(text: string): Choice | undefined {
  const t = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[.!~]+$/, '')
    .trim();
  if (O_WORDS.has(t)) return 'O';
  if (X_WORDS.has(t)) return 'X';
  return undefined;
}

const PASS_WORDS = new Set([
  'pass',
  'skip',
  'idk',
  'dunno',
  "i don't know",
  'i dont know',
  '패스',
  '스킵',
  '넘어가',
  '넘길게',
  '모름',
  '몰라',
  '몰라요',
  '모르겠어',
  '모르겠어요',
  '모르겠다',
  '모르겠음',
  '모르겠습니다',
  '잘 모르겠어',
  '잘 모르겠어요',
]);

/** Whether the text gives up on the current question ("모르겠어", "pass"): a miss, not a search. */
export function isPassText(text: string): boolean {
  return PASS_WORDS.has(
    text
      .normalize('NFKC')
      .trim()
      .toLowerCase()
      .replace(/[.!~?…]+$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * Parse the argument string of `/kafka-quiz` (already stripped of the command itself). `topics` are
 * the tag topics the items have besides the built-in ones (`consumer`); default none.
 */
export function parseQuizCommand(args: string, topics: ReadonlySet<string> = new Set()): QuizCommand {
  const words = args.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { type: 'start', count: DEFAULT_COUNT };
  if (words.length === 1 && !/^\d+$/.test(words[0] ?? '')) {
    const choice = parseChoiceText(words[0] ?? '') ?? (isPassText(words[0] ?? '') ? 'pass' : undefined);
    if (choice) return { type: 'answer', choice };
  }
  let count: number | undefined;
  let topic: string | undefined;
  let keyword: (typeof KEYWORDS)[string] | undefined;
  for (const raw of words) {
    const word = /^[-+]?\d+$/.test(raw) ? raw : raw.toLowerCase().replace(/^[-/]+/, '');
    if (/^[-+]?\d+$/.test(word)) {
      const n = Number(word);
      if (count !== undefined) return usage('문제 수는 한 번만 적어 주세요.');
      if (n < 1 || n > MAX_COUNT) return usage(`문제 수는 1~${MAX_COUNT} 사이로 골라 주세요. (받은 값: ${raw})`);
      count = n;
      continue;
    }
    const kw = KEYWORDS[word];
    if (kw) {
      if (keyword !== undefined && keyword !== kw) return usage(`'${raw}' 는 다른 명령과 함께 쓸 수 없어요.`);
      keyword = kw;
      continue;
    }
    const t = resolveTopic(word, topics);
    if (t) {
      if (topic !== undefined && topic !== t) return usage('주제는 하나만 골라 주세요.');
      topic = t;
      continue;
    }
    return usage(`'${raw}' 는 모르는 명령이에요.`);
  }
  if (keyword === 'review') {
    if (topic) return usage('복습(review)은 주제 없이 문제 수만 받을 수 있어요.');
    return { type: 'review', count: count ?? DEFAULT_COUNT };
  }
  if (keyword === undefined || keyword === 'start') {
    return topic ? { type: 'start', count: count ?? DEFAULT_COUNT, topic } : { type: 'start', count: count ?? DEFAULT_COUNT };
  }
  if (count !== undefined || topic) return usage(`'${keyword}' 에는 숫자나 주제를 붙이지 않아요.`);
  return { type: keyword };
}

function usage(problem: string): QuizCommand {
  return { type: 'usage', problem };
}
