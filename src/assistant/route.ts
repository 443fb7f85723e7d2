// The one router: an Incoming (a typed line, a slash command, a button press, a typed O/X during a
// quiz) -> the Route that answers it. Pure: no store, no knowledge. Every platform's text arrives
// as typed (adapters parse no commands), so `quiz 5`, `/kafka-quiz 5` and Slack's `/kafka-quiz 5` agree.
import type { Incoming } from '../model/message.js';
import type { Choice } from '../model/reply.js';
import { isPassText, parseChoiceText } from '../quiz/command.js';
import { isPathCommand } from '../onboarding/path-command.js';
import { detectIntent } from './intent.js';
import { readMessage } from '../answer/read-message.js';

/** Questions longer than this are cut (and the reply says so). */
export const MAX_QUESTION = 300;
/** How much of a message is read for its question: a chat message asks after its greeting and setting. */
const MAX_MESSAGE = 4000;

/** A question for the notes, after the intent is known; `text` is what is cached and recorded. */
export type QuestionRoute =
  /** Help; `note` is a line above it (the nudge for an empty question, or that it was cut). */
  | { type: 'help'; note?: string }
  /** The admin-only gap report. */
  | { type: 'gaps' }
  | { type: 'compare'; text: string; sides: [string, string]; cut?: string }
  /** `context`: the message's other sentences, whose subject words may lend the question a topic. */
  | { type: 'ask'; text: string; question: string; context?: string; cut?: string }
  /** A quiz command that came as a question (`quiz 5` asked through a follow-up button). */
  | QuizRoute;

/** `/kafka-quiz [args]`, however it came. */
export type QuizRoute = { type: 'quiz'; args: string };

export type Route =
  | QuestionRoute
  /** `/kafka-quiz daily …` (schedule the quiz of the day in this channel). */
  | { type: 'daily'; args: string[] }
  /** `/kafka-quiz nudges …` (review reminders on/off). */
  | { type: 'nudges'; args: string[] }
  /** `/kafka path`, `경로`: the learning path. */
  | { type: 'path' }
  /** A typed O/X or pass: answers a running quiz; without one, `otherwise` answers it. */
  | { type: 'typed_answer'; text: string; otherwise: Route }
  /** A suggested section's button: that section, or (gone after a reload) `otherwise`. */
  | { type: 'section'; ref: string; question: string; otherwise: QuestionRoute }
  | { type: 'quiz_answer'; sessionId: string; index: number; choice: Choice }
  | { type: 'daily_answer'; postId: string; choice: Choice }
  | { type: 'feedback'; vote: 'up' | 'down'; question: string; ref: string };

// Typed forms of the two commands, for platforms without slash commands (Teams, console, a DM).
const TYPED_QUIZ = /^(?:\/?kafka-quiz|\/?quiz|퀴즈)(?:\s+([\s\S]*))?$/i;
const TYPED_STATS = /^(?:stats|통계)$/i;
const TYPED_KAFKA = /^\/kafka(?:\s+([\s\S]*))?$/i;

/** What answers `message`. */
export function route(message: Incoming): Route {
  const action = message.action;
  if (action) {
    switch (action.type) {
      case 'ask':
        return action.ref
          ? { type: 'section', ref: action.ref, question: action.question, otherwise: routeQuestion(action.question, message) }
          : routeQuestion(action.question, message);
      case 'ask_expert':
        // Forwarding is the adapter's job (it knows the experts channel); a core-only caller asks again.
        return routeQuestion(action.question, message);
      case 'quiz_answer':
        return { type: 'quiz_answer', sessionId: action.sessionId, index: action.index, choice: action.choice };
      case 'quiz_command':
        return quizCommand(action.command);
      case 'daily_answer':
        return { type: 'daily_answer', postId: action.postId, choice: action.choice };
      case 'feedback':
        return { type: 'feedback', vote: action.vote, question: action.question, ref: action.ref };
    }
  }
  const text = (message.text ?? '').replace(/\s+/g, ' ').trim();
  if (message.command === 'kafka-quiz') return quizCommand(text);
  const typed = routeTyped(text, message);
  // O/X or a pass ("모르겠어") answers a running quiz; without one it is an ordinary message.
  return parseChoiceText(text) || isPassText(text) ? { type: 'typed_answer', text, otherwise: typed } : typed;
}

/** A typed line (or `/kafka` text): a typed command, the learning path, or a question. */
function routeTyped(text: string, message: Incoming): Route {
  const quiz = TYPED_QUIZ.exec(text);
  if (quiz) return quizCommand((quiz[1] ?? '').trim());
  // Teams' bot menu offers `stats` as a command of its own; elsewhere the word is a question.
  if (message.platform === 'teams' && TYPED_STATS.test(text)) return quizCommand('stats');
  const kafka = TYPED_KAFKA.exec(text);
  if (kafka) return routeTyped((kafka[1] ?? '').trim(), { ...message, command: 'kafka' });
  if (isPathCommand(text)) return { type: 'path' };
  return routeQuestion(text, message);
}

/** `/kafka-quiz` arguments: the daily and nudges sub-commands belong to onboarding. */
function quizCommand(args: string): Route {
  if (/^daily(\s|$)/i.test(args)) return { type: 'daily', args: args.split(' ').slice(1) };
  if (/^nudges?(\s|$)/i.test(args)) return { type: 'nudges', args: args.split(' ').slice(1) };
  return { type: 'quiz', args };
}

/**
 * A question for the notes: what the chat message asks (readMessage: no mentions, greetings, emoji,
 * setting), cut to MAX_QUESTION, then help, gaps, a comparison or a lookup.
 */
export function routeQuestion(message_: string, message: Pick<Incoming, 'command'> = {}): QuestionRoute {
  const read = readMessage(message_.length > MAX_MESSAGE ? message_.slice(0, MAX_MESSAGE) : message_);
  // A message of greetings or thanks alone asks nothing: the help says what the bot can do.
  if (read.chatOnly && /[\p{L}\p{N}]/u.test(message_)) return { type: 'help' };
  const raw = read.chatOnly ? message_ : read.question;
  const text = raw.length > MAX_QUESTION ? raw.slice(0, MAX_QUESTION) : raw;
  const cut = raw.length > MAX_QUESTION ? `질문이 길어서 앞 ${MAX_QUESTION}자만 읽었어요` : undefined;
  const context = read.context.slice(0, MAX_QUESTION);
  const intent = detectIntent(text.slice(0, 2000), message.command === 'kafka-quiz' ? 'kafka-quiz' : undefined);
  switch (intent.type) {
    case 'empty':
      return { type: 'help', note: '질문을 글자로 적어 주세요. 예: "브로커 메모리 얼마나?"' };
    case 'help':
      return cut ? { type: 'help', note: cut } : { type: 'help' };
    case 'quiz':
      return { type: 'quiz', args: intent.args };
    case 'gaps':
      return { type: 'gaps' };
    case 'compare':
      return { type: 'compare', text, sides: intent.sides, ...(cut && { cut }) };
    case 'ask':
      return { type: 'ask', text, question: intent.question, ...(context && { context }), ...(cut && { cut }) };
  }
}
