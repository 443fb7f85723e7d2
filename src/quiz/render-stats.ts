// `/kafka-quiz stats` and `/kafka-quiz top` as neutral notices: a user's record as facts, mastery
// per topic as rows with a bar, what to read next (each row starts that topic's quiz), and the
// leaderboard of the asker's own platform with each person named (adapters mention them).
import type { Action, ListRow, Reply } from '../model/reply.js';
import type { LeaderboardRow } from '../store/store.js';
import type { ProgressSummary } from './engine.js';
import { commandAction, renderNotice } from './render.js';

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function topicRows(summary: ProgressSummary): ListRow[] {
  return summary.topics.map((t) => ({
    label: t.label,
    progress: { done: t.mastered, total: t.total },
    note: `${t.mastered}/${t.total}${t.due > 0 ? ` · 복습 ${t.due}` : ''}`,
  }));
}

/** The user's own record. */
export function renderStats(summary: ProgressSummary): Reply {
  const mastery = { heading: '주제별 마스터', rows: topicRows(summary) };
  if (summary.answered === 0) {
    return renderNotice('내 퀴즈 기록', '아직 푼 문제가 없어요. `/kafka-quiz` 로 첫 퀴즈를 시작해 보세요!', {
      actions: [commandAction('퀴즈 시작', '')],
      lists: mastery.rows.length > 0 ? [mastery] : [],
    });
  }
  const facts = [
    { label: '퀴즈', value: `${summary.sessions}회` },
    { label: '답한 문제', value: `${summary.answered}개` },
    { label: '정답률', value: `${percent(summary.accuracy)} (${summary.correct}/${summary.answered})` },
    { label: '마스터', value: `${summary.mastered}/${summary.totalItems}` },
  ];
  const body = summary.due > 0 ? `복습할 문제가 ${summary.due}개 있어요. \`/kafka-quiz review\` 로 다시 풀어 보세요.` : '';
  const lists = mastery.rows.length > 0 ? [mastery] : [];
  if (summary.suggestions.length > 0) {
    const rows = summary.suggestions.map((s) => ({
      label: s.label,
      ...(s.section && { note: s.section.breadcrumb.slice(-2).join(' › ') }),
      action: commandAction(`${s.label} 퀴즈`, `5 ${s.key}`),
    }));
    lists.push({ heading: '다음에 풀어 보면 좋아요', rows });
  }
  const actions: Action[] = summary.due > 0 ? [commandAction('틀린 문제 복습', 'review')] : [commandAction('퀴즈 시작', '')];
  return renderNotice('내 퀴즈 기록', body, { actions, facts, lists });
}

const MEDALS = ['🥇', '🥈', '🥉'];

/** The team leaderboard; `userId` marks the asker's own row. */
export function renderLeaderboard(rows: LeaderboardRow[], userId?: string): Reply {
  if (rows.length === 0) {
    return renderNotice('Kafka 퀴즈 순위', '아직 기록이 없어요. 첫 번째 주인공이 되어 보세요!', {
      actions: [commandAction('퀴즈 시작', '')],
    });
  }
  const board = rows.map((r, i) => {
    const acc = r.answered === 0 ? 0 : r.correct / r.answered;
    const me = r.userId === userId ? ' · 나' : '';
    return {
      mark: MEDALS[i] ?? `${i + 1}.`,
      label: r.userName ?? r.userId.split(':').at(-1) ?? r.userId,
      person: { userId: r.userId, ...(r.userName && { name: r.userName }) },
      note: `정답 ${r.correct}/${r.answered} (${percent(acc)}) · 퀴즈 ${r.sessions}회${me}`,
    };
  });
  return renderNotice('Kafka 퀴즈 순위', '', { lists: [{ rows: board }] });
}
