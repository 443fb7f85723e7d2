// Which messages an adapter may acknowledge before handling them. A plain question (or a press that
// asks one) records nothing a redelivery must repeat, so its answer can follow the acknowledgement;
// quiz answers, quiz/daily/path commands and votes are acknowledged only once stored (200 = stored).
import type { Incoming } from '../model/message.js';
import { route } from './route.js';

/** True when `message` only asks a question (or for help): handling it may run after the acknowledgement. */
export function isQuestionOnly(message: Incoming): boolean {
  // Other presses (asking an expert, quiz and daily answers, votes) change state an adapter must confirm.
  if (message.action && message.action.type !== 'ask') return false;
  const type = route(message).type;
  return type === 'ask' || type === 'compare' || type === 'help' || type === 'section';
}
