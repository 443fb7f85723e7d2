// Which messages an adapter may acknowledge before handling them. A plain question (or a press that
// asks one) records nothing a redelivery must repeat, so its answer can follow the acknowledgement;
// quiz answers, quiz/daily/path commands and votes are acknowledged only once stored (200 = stored).
import type { Incoming } from './message.js';
import { detectIntent } from './intent.js';
import { isPassText, parseChoiceText } from './quiz/command.js';
import { isPathCommand } from './onboarding/path-command.js';

/** True when `message` only asks a question (or for help): handling it may run after the acknowledgement. */
export function isQuestionOnly(message: Incoming): boolean {
  if (message.action) return message.action.type === 'ask';
  if (message.command === 'kafka-quiz') return false;
  const text = (message.text ?? '').replace(/\s+/g, ' ').trim();
  if (parseChoiceText(text) || isPassText(text) || isPathCommand(text)) return false;
  const type = detectIntent(text.slice(0, 2000)).type;
  return type === 'ask' || type === 'compare' || type === 'help' || type === 'empty';
}
