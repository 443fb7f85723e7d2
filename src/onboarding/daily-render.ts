// What the quiz of the day says: the channel post (yesterday's answer and how many got it right, the
// week's top answerers, today's O/X question with buttons) and the private verdict of a press.
import type { QuizItem } from '../model/chunk.js';
import type { Reply, Source } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';

export interface Reveal {
  statement: string;
  answer: 'O' | 'X';
  right: number;
  total: number;
}

export interface WeeklyRow {
  userId: string;
  userName?: string;
  correct: number;
}

export function itemSource(item: QuizItem): Source {
  const { breadcrumb, file, line } = item.source;
  return { title: breadcrumb.at(-1) ?? file, file, line, endLine: line, breadcrumb };
}

/** Platform user id -> how a leaderboard names it (display name, else the raw id). */
function who(row: WeeklyRow): string {
  return row.userName ?? row.userId.split(':').at(-1) ?? row.userId;
}

export function weeklyLines(rows: WeeklyRow[]): string {
  if (rows.length === 0) return '이번 주에는 아직 정답자가 없어요.';
  return rows.map((r, i) => `${i + 1}. ${who(r)} — ${r.correct}개 정답`).join('\n');
}

export function renderPost(item: QuizItem, postId: string, date: string, reveal: Reveal | undefined, weekly: WeeklyRow[]): Reply {
  const parts: string[] = [];
  if (reveal) {
    const rate = reveal.total === 0 ? '아무도 답하지 않았어요' : `${reveal.total}명 중 ${reveal.right}명이 맞혔어요`;
    parts.push(`**지난 문제 정답: ${reveal.answer}** — ${reveal.statement}\n${rate}.`);
  }
  if (weekly.length > 0) parts.push(`**이번 주 순위**\n${weeklyLines(weekly.slice(0, 3))}`);
  parts.push(`**오늘의 O/X** ${item.statement}\n한 사람당 한 번만 답할 수 있어요. 결과와 해설은 나에게만 보여요.`);
  return finishReply({
    kind: 'quiz',
    title: `오늘의 카프카 퀴즈 (${date})`,
    body: parts.join('\n\n'),
    sources: [],

    actions: (['O', 'X'] as const).map((choice) => ({ type: 'daily_answer', label: choice, postId, choice })),
  });
}

export function renderVerdict(item: QuizItem, choice: 'O' | 'X', streak: number): Reply {
  const correct = choice === item.answer;
  const head = correct ? `⭕ 정답이에요! (정답: ${item.answer})` : `❌ 아쉬워요. 정답은 ${item.answer}예요.`;
  const streakLine = correct ? `연속 정답 ${streak}일째 🔥` : '연속 정답이 끊겼어요. 내일 다시 도전해 보세요!';
  return finishReply({
    kind: 'quiz',
    title: '오늘의 퀴즈 결과',
    body: `${head}\n\n${item.explanation}\n\n${streakLine}`,
    sources: [itemSource(item)],

    actions: [],
    private: true,
  });
}

export function dailyNotice(body: string, priv = true): Reply {
  return finishReply({ kind: 'notice', title: '오늘의 퀴즈', body, sources: [], actions: [], private: priv || undefined });
}
