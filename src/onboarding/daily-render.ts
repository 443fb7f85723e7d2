// What the quiz of the day says: the channel post (yesterday's answer and how many got it right, the
// week's top answerers, today's O/X question with buttons) and the private verdict of a press.
import type { QuizItem } from '../model/chunk.js';
import type { ListRow, Reply, ReplyList, Source } from '../model/reply.js';
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

/** The week's answerers as rows naming each person (adapters mention them). */
export function weeklyRows(rows: WeeklyRow[]): ListRow[] {
  return rows.map((r, i) => ({
    mark: `${i + 1}.`,
    label: r.userName ?? r.userId.split(':').at(-1) ?? r.userId,
    person: { userId: r.userId, ...(r.userName && { name: r.userName }) },
    note: `${r.correct}개 정답`,
  }));
}

/** The weekly board as a list ('이번 주에는 아직 정답자가 없어요.' when empty). */
export function weeklyList(rows: WeeklyRow[], heading?: string): ReplyList {
  return { ...(heading && { heading }), rows: weeklyRows(rows), empty: '이번 주에는 아직 정답자가 없어요.' };
}

export function renderPost(item: QuizItem, postId: string, date: string, reveal: Reveal | undefined, weekly: WeeklyRow[]): Reply {
  const parts: string[] = [];
  if (reveal) {
    const rate = reveal.total === 0 ? '아무도 답하지 않았어요' : `${reveal.total}명 중 ${reveal.right}명이 맞혔어요`;
    parts.push(`**지난 문제 정답: ${reveal.answer}** — ${reveal.statement}\n${rate}.`);
  }
  return finishReply({
    kind: 'quiz',
    title: `오늘의 카프카 퀴즈 (${date})`,
    body: parts.join('\n\n'),
    question: { statement: item.statement, hint: '맞으면 O, 틀리면 X · 한 사람당 한 번, 결과와 해설은 나에게만 보여요.' },
    ...(weekly.length > 0 && { lists: [weeklyList(weekly.slice(0, 3), '이번 주 순위')] }),
    sources: [],

    actions: (['O', 'X'] as const).map((choice) => ({ type: 'daily_answer', label: choice, postId, choice })),
  });
}

/** A press's private verdict; `streak` is the run now, `broke` when a run of earlier days ended. */
export function renderVerdict(item: QuizItem, choice: 'O' | 'X', streak: number, broke = false, already?: string): Reply {
  const correct = choice === item.answer;
  const head = correct ? `⭕ **정답이에요!** (정답: ${item.answer})` : `❌ **아쉬워요.** 정답은 **${item.answer}** 예요.`;
  const streakLine = correct
    ? `연속 정답 ${streak}일째 🔥`
    : broke
      ? '연속 정답이 끊겼어요. 내일 다시 도전해 보세요!'
      : '내일 또 도전해 보세요!';
  return finishReply({
    kind: 'quiz',
    title: '오늘의 퀴즈 결과',
    body: `${already ? `${already}\n\n` : ''}${head}\n> ${item.statement}\n\n${item.explanation}${already ? '' : `\n\n${streakLine}`}`,
    sources: [itemSource(item)],

    actions: [],
    private: true,
  });
}

export function dailyNotice(body: string, priv = true, title = '오늘의 퀴즈', lists?: ReplyList[]): Reply {
  return finishReply({ kind: 'notice', title, body, ...(lists && { lists }), sources: [], actions: [], private: priv || undefined });
}
