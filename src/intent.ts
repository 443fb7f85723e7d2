// Text -> what the user wants: help, a quiz command, an admin report, a comparison of two things,
// or a plain question. Parsed once here so every platform behaves the same.

export type Intent =
  | { type: 'empty' }
  | { type: 'help' }
  | { type: 'quiz'; args: string }
  | { type: 'gaps' }
  | { type: 'compare'; sides: [string, string] }
  | { type: 'ask'; question: string };

const GREETING = /^(?:안녕(?:하세요|하십니까)?|하이|헬로|hi|hello|hey|yo|help|도움말|도움|사용법|명령어|\?|h)$/i;
const QUIZ = /^(?:\/?kafka-quiz|\/?quiz|퀴즈)(?:\s+(.*))?$/i;
const TAIL = /\s*(?:의|에)?\s*(?:차이점?|비교(?:해\s*줘|해|하면)?|다른\s*점|뭐가\s*(?:더\s*)?(?:나아|좋아|낫나요?|나을까)|어느\s*(?:게|것이)\s*(?:더\s*)?(?:나아|좋아)|중\s*(?:뭐가|어느|어떤).*|difference|comparison|compared)\s*(?:은|는|이|가|을|를)?\s*[?？!.]*$/i;

const PATTERNS: RegExp[] = [
  /^(?:what(?:'s| is) the )?(?:difference|differences|compare|comparison)\s+(?:between\s+|of\s+)?(.+?)\s+(?:and|with|to|vs\.?|versus)\s+(.+?)$/i,
  /^(.+?)\s+(?:vs\.?|versus|대|or|또는|아니면)\s+(.+?)$/i,
  /^(.+?)\s*,\s*(.+?)\s+중\s*(?:뭐가|어느|어떤).*$/,
  /^(.+?)(?:이랑|랑|하고|와|과)\s+(.+?)$/,
  /^(.+?)\s+(?:and|&)\s+(.+?)$/i,
];

function cleanSide(side: string): string {
  return side.replace(TAIL, '').replace(/[?？!.]+$/, '').trim();
}

/** "Confluent Platform vs Cloud" -> the second side is "Confluent Cloud"; "RAID 1 vs 5" -> "RAID 5". */
function shareHead(a: string, b: string): string {
  const wordsA = a.split(/\s+/);
  if (wordsA.length < 2 || /\s/.test(b)) return b;
  return [...wordsA.slice(0, -1), b].join(' ');
}

/** Split "A vs B" / "A와 B 차이" / "A, B 중 뭐가 나아?" into two sides, or undefined. */
export function parseComparison(text: string): [string, string] | undefined {
  const hasTail = TAIL.test(text);
  for (const [i, pattern] of PATTERNS.entries()) {
    // Particle and `and` forms only count as comparisons when a 차이/비교/difference tail says so.
    if (i >= 3 && !hasTail) continue;
    const m = pattern.exec(hasTail && i >= 3 ? text.replace(TAIL, '') : text);
    if (!m) continue;
    const a = cleanSide(m[1] ?? '');
    const b = cleanSide(m[2] ?? '');
    if (a && b && a.toLowerCase() !== b.toLowerCase() && a.length <= 60 && b.length <= 60) return [a, shareHead(a, b)];
  }
  return undefined;
}

export function detectIntent(text: string, command?: 'kafka' | 'kafka-quiz'): Intent {
  const trimmed = text.trim();
  if (command === 'kafka-quiz') return { type: 'quiz', args: trimmed };
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return trimmed === '?' ? { type: 'help' } : { type: 'empty' };
  if (GREETING.test(trimmed.replace(/[!.~]+$/, ''))) return { type: 'help' };
  const quiz = QUIZ.exec(trimmed);
  if (quiz) return { type: 'quiz', args: (quiz[1] ?? '').trim() };
  if (/^\/?(?:kafka\s+)?gaps$/i.test(trimmed)) return { type: 'gaps' };
  const sides = parseComparison(trimmed);
  if (sides) return { type: 'compare', sides };
  return { type: 'ask', question: trimmed };
}
