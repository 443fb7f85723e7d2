// `/kafka-quiz stats` and `/kafka-quiz top` as neutral notices: a user's sessions, accuracy,
// mastered items per topic (as a text bar every platform can show) and what to read next; the leaderboard.
import type { Action, Reply } from '../model/reply.js';
import type { LeaderboardRow } from '../store/store.js';
import type { ProgressSummary } from './engine.js';
import { commandAction, renderNotice } from './render.js';

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** Cells in a mastery bar. */
export const BAR_CELLS = 10;

/** `███░░░░░░░` for mastered/total, rounded to the nearest cell (a started topic shows at least one). */
export function masteryBar(mastered: number, total: number): string {
  const filled = total <= 0 ? 0 : Math.min(BAR_CELLS, Math.max(mastered > 0 ? 1 : 0, Math.round((mastered / total) * BAR_CELLS)));
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
}

function topicLines(summary: ProgressSummary): string {
  const rows = summary.topics.map(
    (t) => `- ${t.label} ${masteryBar(t.mastered, t.total)} ${t.mastered}/${t.total}${t.due > 0 ? ` (복습 ${t.due})` : ''}`,
  );
  return ['**주제별 마스터**', ...rows].join('\n');
}

/** The user's own record. */
export function renderStats(summary: ProgressSummary): Reply {
  if (summary.answered === 0) {
    const intro = '아직 푼 문제가 없어요. `/kafka-quiz` 로 첫 퀴즈를 시작해 보세요!';
    return renderNotice('내 퀴즈 기록', summary.topics.length > 0 ? `${intro}\n\n${topicLines(summary)}` : intro, {
      actions: [commandAction('퀴즈 시작', '')],
    });
  }
  const lines = [
    `퀴즈 ${summary.sessions}회 · 답한 문제 ${summary.answered}개 · 정답률 ${percent(summary.accuracy)} (${summary.correct}/${summary.answered})`,
    `마스터한 문제: ${summary.mastered}/${summary.totalItems}`,
  ];
  if (summary.due > 0) lines.push(`복습할 문제가 ${summary.due}개 있어요 — \`/kafka-quiz review\``);
  const parts = [lines.join('\n')];
  if (summary.topics.length > 0) parts.push(topicLines(summary));
  if (summary.suggestions.length > 0) {
    const rows = summary.suggestions.map((s) => {
      const where = s.section ? ` — ${s.section.breadcrumb.slice(-2).join(' › ')} (${s.section.file}:${s.section.line})` : '';
      return `- ${s.label}${where}`;
    });
    parts.push(['**다음에 읽어 보면 좋아요**', ...rows].join('\n'));
  }
  const actions: Action[] = [];
  if (summary.due > 0) actions.push(commandAction('틀린 문제 복습', 'review'));
  for (const s of summary.suggestions.slice(0, 2)) actions.push(commandAction(`${s.label} 퀴즈`, `5 ${s.key}`));
  return renderNotice('내 퀴즈 기록', parts.join('\n\n'), { actions });
}

/** The team leaderboard; `userId` marks the asker's own row. */
export function renderLeaderboard(rows: LeaderboardRow[], userId?: string): Reply {
  if (rows.length === 0) {
    return renderNotice('Kafka 퀴즈 순위', '아직 기록이 없어요. 첫 번째 주인공이 되어 보세요! `/kafka-quiz`', {
      actions: [commandAction('퀴즈 시작', '')],
    });
  }
  const medal = ['🥇', '🥈', '🥉'];
  const lines = rows.map((r, i) => {
    const name = r.userName ?? r.userId;
    const acc = r.answered === 0 ? 0 : r.correct / r.answered;
    const me = r.userId === userId ? ' ← 나' : '';
    return `${medal[i] ?? `${i + 1}.`} ${name} — 정답 ${r.correct}/${r.answered} (${percent(acc)}) · 퀴즈 ${r.sessions}회${me}`;
  });
  return renderNotice('Kafka 퀴즈 순위', lines.join('\n'));
}
