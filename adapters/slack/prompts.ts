// The agent pane's suggested prompts: three of the notes' main subjects (the core's mainSubjects)
// plus one quiz prompt; Slack shows at most four.
import { mainSubjects, type Knowledge } from '../../src/index.js';

/** One prompt as assistant.threads.setSuggestedPrompts takes it. */
export interface SuggestedPrompt {
  title: string;
  message: string;
}

/** Slack's limit on suggested prompts per thread. */
export const MAX_PROMPTS = 4;
export const QUIZ_PROMPT: SuggestedPrompt = { title: 'O/X 퀴즈 풀기', message: '퀴즈 5' };
/** Three subject prompts ("IaaS 알려줘") and the quiz prompt. */
export function suggestedPrompts(knowledge: Knowledge | undefined): SuggestedPrompt[] {
  const subjects = knowledge ? mainSubjects(knowledge, MAX_PROMPTS - 1) : [];
  return [...subjects.map((s) => ({ title: s, message: `${s} 알려줘` })), QUIZ_PROMPT];
}
