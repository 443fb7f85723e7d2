// The agent pane's suggested prompts, written as the questions a newcomer asks: where to start (the
// learning path), what one of the notes' main subjects is, how two of them differ, and a quiz.
// Built from the core's mainSubjects, so they follow whatever notes are loaded; Slack shows four.
import { josa } from 'es-hangul';
import { mainSubjects, type Knowledge } from '../../src/index.js';

/** One prompt as assistant.threads.setSuggestedPrompts takes it. */
export interface SuggestedPrompt {
  title: string;
  message: string;
}

/** Slack's limit on suggested prompts per thread. */
export const MAX_PROMPTS = 4;
export const PATH_PROMPT: SuggestedPrompt = { title: '처음이에요. 뭐부터 보면 돼요?', message: 'path' };
export const QUIZ_PROMPT: SuggestedPrompt = { title: 'O/X 퀴즈로 확인해 볼래요', message: '퀴즈 5' };

/** The path, "X가 뭐야?", "X랑 Y 차이가 뭐야?" from the notes' main subjects, and the quiz. */
export function suggestedPrompts(knowledge: Knowledge | undefined): SuggestedPrompt[] {
  const [first, second] = knowledge ? mainSubjects(knowledge, 2) : [];
  const asks: SuggestedPrompt[] = [];
  if (first) asks.push(prompt(`${josa(first, '이/가')} 뭐예요?`));
  if (first && second) asks.push(prompt(`${josa(first, '와/과')} ${second} 차이가 뭐예요?`));
  return [PATH_PROMPT, ...asks, QUIZ_PROMPT].slice(0, MAX_PROMPTS);
}

const prompt = (question: string): SuggestedPrompt => ({ title: question, message: question });
