// `/kafka path` (and App Home, the welcome): a bar per step and the current step with "읽기" (the
// section's answer) and "이 단계 퀴즈" buttons. Neutral Reply; adapters draw the buttons.
import type { Action, Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { masteryBar } from '../quiz/render-stats.js';
import type { LearningPath } from './paths.js';
import { currentStep, stepRatio, type StepProgress } from './progress.js';

/** Questions in a step quiz. */
export const STEP_QUIZ_SIZE = 5;

/** The "읽기" and "이 단계 퀴즈" buttons of one step (unread sections first, at most 3 reads). */
export function stepActions(p: StepProgress): Action[] {
  const order = p.step.sections.map((s, i) => ({ s, read: p.opened[i] ?? false })).sort((a, b) => Number(a.read) - Number(b.read));
  const reads: Action[] = order.slice(0, 3).map(({ s }) => ({
    type: 'ask',
    label: `읽기: ${s.breadcrumb.at(-1) ?? s.name}`.slice(0, 60),
    question: s.breadcrumb.at(-1) ?? s.name,
    ref: s.chunkId,
  }));
  return [...reads, { type: 'quiz_command', label: '이 단계 퀴즈', command: `${STEP_QUIZ_SIZE} ${p.step.topic}` }];
}

/** One line per step: mark, title, bar, read and quiz counts. */
export function stepLines(progress: StepProgress[]): string[] {
  const current = currentStep(progress);
  return progress.map((p, i) => {
    const mark = p.done ? '✅' : i === current ? '▶' : '·';
    const read = `${p.opened.filter(Boolean).length}/${p.opened.length} 섹션`;
    const bar = masteryBar(Math.round(stepRatio(p) * 10), 10);
    return `${mark} ${i + 1}. ${p.step.title} ${bar} ${read} · 퀴즈 ${Math.min(p.mastered, p.goal)}/${p.goal}`;
  });
}

export function renderPath(path: LearningPath, progress: StepProgress[], intro?: string): Reply {
  const current = currentStep(progress);
  const now = progress[current];
  const parts = intro ? [intro] : [];
  parts.push(stepLines(progress).join('\n'));
  if (now) {
    const sections = now.step.sections.map((s, i) => `- ${now.opened[i] ? '✓' : '○'} ${s.breadcrumb.slice(-2).join(' › ')}`);
    parts.push(
      `**지금 단계: ${current + 1}. ${now.step.title}**\n${sections.join('\n')}\n` +
        `- 퀴즈 (${now.step.topicLabel}): ${now.mastered}/${now.goal} 마스터`,
    );
  } else {
    parts.push('🎉 모든 단계를 마쳤어요! `/kafka-quiz review` 로 복습을 이어가 보세요.');
  }
  return finishReply({
    kind: 'notice',
    title: `학습 경로: ${path.title}`,
    body: parts.join('\n\n'),
    sources: [],

    actions: now ? stepActions(now) : [],
  });
}
