// Progress along a learning path, per user: which of a step's sections the user opened through the
// bot (recorded when an answer cites them) and how many items of the step's quiz topic they mastered.
import type { Knowledge } from '../knowledge/types.js';
import type { Source } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';
import { mastered } from '../quiz/engine.js';
import { startsWith, type LearningPath, type PathStep } from './paths.js';

/** Items of the step's topic to master before the step counts as done (fewer when the topic has fewer). */
export const MASTERY_GOAL = 3;

const openedCollection = (userId: string) => `opened:${userId}`;

export interface StepProgress {
  step: PathStep;
  /** Which of the step's sections were opened, in step order. */
  opened: boolean[];
  mastered: number;
  /** Items of the step's topic in the bank. */
  topicItems: number;
  /** Mastered items needed: min(MASTERY_GOAL, topicItems). */
  goal: number;
  done: boolean;
}

/** Remember the sections an answer showed the user (its sources' breadcrumbs). */
export async function recordOpened(store: SessionStore, userId: string, sources: Source[], at: number): Promise<void> {
  for (const source of sources) await store.putDoc(openedCollection(userId), source.breadcrumb.join(' › '), String(at));
}

/** The user's progress on every step of `path`. */
export async function pathProgress(store: SessionStore, knowledge: Knowledge, path: LearningPath, userId: string): Promise<StepProgress[]> {
  const opened = (await store.listDocs(openedCollection(userId))).map((d) => d.key.split(' › '));
  const progress = new Map((await store.listProgress(userId)).map((p) => [p.itemId, p]));
  return path.steps.map((step) => {
    const items = knowledge.quizItems.filter((i) => i.topics.includes(step.topic));
    const masteredCount = items.filter((i) => {
      const p = progress.get(i.id);
      return p !== undefined && mastered(p);
    }).length;
    const seen = step.sections.map((s) => opened.some((crumbs) => startsWith(crumbs, s.breadcrumb)));
    const goal = Math.min(MASTERY_GOAL, items.length);
    return {
      step,
      opened: seen,
      mastered: masteredCount,
      topicItems: items.length,
      goal,
      done: seen.every(Boolean) && masteredCount >= goal,
    };
  });
}

/** Index of the first step not done (steps.length when the whole path is done). */
export function currentStep(progress: StepProgress[]): number {
  const index = progress.findIndex((p) => !p.done);
  return index < 0 ? progress.length : index;
}

/** 0..1: opened sections and mastered items, half each. */
export function stepRatio(p: StepProgress): number {
  const read = p.opened.filter(Boolean).length / Math.max(1, p.opened.length);
  const quiz = p.goal === 0 ? 1 : Math.min(1, p.mastered / p.goal);
  return (read + quiz) / 2;
}
