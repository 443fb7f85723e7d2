// `/kafka path` (and App Home, the welcome): one row per step (mark, bar, sections read and quiz
// mastered), then the current step's sections as a checklist whose unread rows read the section
// when pressed, and its quiz. Neutral Reply; adapters draw the rows and buttons.
import type { Action, ListRow, ReplyList, Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import type { LearningPath } from './paths.js';
import { currentStep, stepRatio, type StepProgress } from './progress.js';

/** Questions in a step quiz. */
export const STEP_QUIZ_SIZE = 5;
/** Label of a section row's button (the row itself shows the section). */
export const READ_LABEL = '읽기';

/** The "이 단계 퀴즈" button of a step. */
export function stepQuiz(p: StepProgress): Action {
  return { type: 'quiz_command', label: '이 단계 퀴즈', command: `${STEP_QUIZ_SIZE} ${p.step.topic}` };
}

/** One row per step: ✅ done, ▶ now, · later; the bar is reading and quiz together. */
export function stepRows(progress: StepProgress[]): ListRow[] {
  const current = currentStep(progress);
  return progress.map((p, i) => ({
    mark: p.done ? '✅' : i === current ? '▶' : '·',
    label: `${i + 1}. ${p.step.title}`,
    progress: { done: Math.round(stepRatio(p) * 10), total: 10 },
    note: `${p.opened.filter(Boolean).length}/${p.opened.length} 섹션 · 퀴즈 ${Math.min(p.mastered, p.goal)}/${p.goal}`,
  }));
}

/** The current step: its sections (unread ones read when pressed) and its quiz. */
export function stepChecklist(p: StepProgress): ReplyList {
  const rows: ListRow[] = p.step.sections.map((s, i) => {
    const name = s.breadcrumb.at(-1) ?? s.name;
    const read = p.opened[i] ?? false;
    return {
      mark: read ? '✓' : '○',
      label: s.breadcrumb.slice(-2).join(' › '),
      ...(!read && { action: { type: 'ask' as const, label: READ_LABEL, question: name, ref: s.chunkId } }),
    };
  });
  rows.push({ mark: '🧩', label: `퀴즈: ${p.step.topicLabel}`, note: `${Math.min(p.mastered, p.goal)}/${p.goal} 마스터` });
  // The ▶ row above names the step: the heading does not say its name again.
  return { heading: '▶ 지금 단계에서 할 일', rows };
}

export function renderPath(path: LearningPath, progress: StepProgress[], intro?: string): Reply {
  const current = currentStep(progress);
  const now = progress[current];
  // A welcome (an intro) greets in its title and names the path above the steps.
  const lists: ReplyList[] = [{ ...(intro && { heading: `학습 경로: ${path.title}` }), rows: stepRows(progress) }];
  if (now) lists.push(stepChecklist(now));
  const done = now ? '' : '🎉 모든 단계를 마쳤어요! `/kafka-quiz review` 로 복습을 이어가 보세요.';
  return finishReply({
    kind: 'notice',
    title: intro ? 'Kafka Bot에 오신 걸 환영해요 👋' : `학습 경로: ${path.title}`,
    body: [intro, done].filter(Boolean).join('\n\n'),
    lists,
    sources: [],
    actions: now ? [stepQuiz(now)] : [],
  });
}
