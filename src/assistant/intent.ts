// Text -> what the user wants: help, a quiz command, an admin report, a comparison of two things,
// or a plain question. Parsed once here so every platform behaves the same.
import { parseComparison } from '../answer/comparison-question.js';

export type Intent =
  | { type: 'empty' }
  | { type: 'help' }
  | { type: 'quiz'; args: string }
  | { type: 'gaps' }
  | { type: 'compare'; sides: [string, string] }
  | { type: 'ask'; question: string };

const GREETING = /^(?:안녕(?:하세요|하십니까)?|하이|헬로|hi|hello|hey|yo|help|도움말|도움|사용법|명령어|\?|h)$/i;
const QUIZ = /^(?:\/?kafka-quiz|\/?quiz|퀴즈)(?:\s+(.*))?$/i;
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
