// The one fake Assistant for adapter tests (Slack and Teams): realistic Replies: answers with sources,
// follow-ups and feedback buttons, a comparison, a 3-question O/X quiz, and private hints.
import { finishReply, route, type Action, type Assistant, type Incoming, type Reply, type Source } from '../../src/index.js';

const SOURCE: Source = {
  title: 'RAID 10 (RAID 1+0 / RAID 0+1)',
  file: 'knowledge/kafka-cluster-operations.md',
  line: 187,
  endLine: 199,
  breadcrumb: ['Kafka 클러스터 운영', '디스크 구성', 'RAID 10 (RAID 1+0 / RAID 0+1)'],
};

const ITEMS = [
  { statement: 'RAID 10은 미러링과 스트라이핑을 함께 쓴다.', answer: 'O' as const },
  { statement: 'RAID 0은 디스크 하나가 고장 나도 데이터가 남는다.', answer: 'X' as const },
  { statement: 'Kafka 브로커는 JBOD 구성도 지원한다.', answer: 'O' as const },
];

interface Session {
  id: string;
  owner: string;
  current: number;
  correct: number;
  answers: number;
}

/** The fake plus what it saw, for assertions. */
export interface FakeAssistant extends Assistant {
  calls: Incoming[];
  feedback: Array<{ userId: string; question: string; ref: string; vote: 'up' | 'down' }>;
  sessions: Map<string, Session>;
}

export function createFakeAssistant(): FakeAssistant {
  const calls: Incoming[] = [];
  const feedback: FakeAssistant['feedback'] = [];
  const sessions = new Map<string, Session>();
  let nextSession = 0;

  const answer = (question: string): Reply => {
    if (question.includes('zzz')) {
      return finishReply({ kind: 'no_answer', body: `'${question}'에 대한 내용을 노트에서 찾지 못했어요.`, sources: [], actions: [] });
    }
    if (question.includes('vs')) {
      return finishReply({
        kind: 'comparison',
        title: 'RAID 1 vs RAID 5',
        body: '',
        sources: [SOURCE],
        actions: [],
        comparison: {
          columns: ['RAID 1', 'RAID 5'],
          rows: [
            { aspect: '장점', cells: ['단순한 미러링', '용량 효율'] },
            { aspect: '단점', cells: ['용량 절반', '쓰기 페널티'] },
          ],
        },
      });
    }
    const followUps = ['RAID 5와 비교하면?'];
    const actions: Action[] = [
      { type: 'ask', label: followUps[0] ?? '', question: followUps[0] ?? '' },
      { type: 'feedback', label: '👍', vote: 'up', question, ref: `${SOURCE.file}#L187` },
      { type: 'feedback', label: '👎', vote: 'down', question, ref: `${SOURCE.file}#L187` },
    ];
    return finishReply({
      kind: 'answer',
      title: SOURCE.title,
      body: `**RAID 10**은 미러링한 쌍을 스트라이핑해요.\n- 읽기/쓰기 모두 빨라요\n- 디스크 절반을 복제에 써요\n\n질문: ${question}`,
      sources: [SOURCE],
      actions,
    });
  };

  const quizReply = (s: Session, result?: { i: number; chosen: 'O' | 'X' }): Reply => {
    const done = s.current >= ITEMS.length;
    const item = ITEMS[s.current];
    const last = result ? ITEMS[result.i] : undefined;
    const actions: Action[] =
      done || !item
        ? []
        : (['O', 'X'] as const).map((c) => ({ type: 'quiz_answer', label: c, sessionId: s.id, index: s.current, choice: c }));
    return finishReply({
      kind: 'quiz',
      title: done ? 'Kafka 퀴즈 결과' : `Kafka 퀴즈 ${s.current + 1}/${ITEMS.length}`,
      body: item ? `Q${s.current + 1}. ${item.statement}` : `점수 ${s.correct}/${ITEMS.length}`,
      sources: last ? [SOURCE] : [],
      actions,
      quiz: {
        sessionId: s.id,
        userId: s.owner,
        ...(last && result
          ? {
              result: {
                statement: last.statement,
                chosen: result.chosen,
                answer: last.answer,
                correct: last.answer === result.chosen,
                explanation: '노트의 디스크 구성 절을 보세요.',
              },
            }
          : {}),
        ...(item ? { question: { index: s.current, total: ITEMS.length, statement: item.statement, itemId: `q${s.current}` } } : {}),
        ...(done ? { score: { correct: s.correct, total: ITEMS.length } } : {}),
      },
    });
  };

  const quizCommand = (message: Incoming): Reply => {
    const arg = (message.text ?? '').trim();
    if (arg === 'help')
      return finishReply({
        kind: 'help',
        body: '주제: **raid**, **broker**, **zookeeper**\n- `/kafka-quiz 5 raid`',
        sources: [],
        actions: [],
      });
    if (arg === 'stats') return finishReply({ kind: 'notice', body: '푼 문제 3개 · 맞힌 문제 2개', sources: [], actions: [] });
    const session: Session = { id: `s${++nextSession}`, owner: message.userId, current: 0, correct: 0, answers: 0 };
    sessions.set(session.id, session);
    return quizReply(session);
  };

  return {
    calls,
    feedback,
    sessions,
    async handle(message) {
      calls.push(message);
      const action = message.action;
      if (action?.type === 'quiz_answer') {
        const s = sessions.get(action.sessionId);
        if (!s) return finishReply({ kind: 'notice', body: '끝났거나 없는 퀴즈예요.', sources: [], actions: [], private: true });
        if (s.owner !== message.userId) {
          return finishReply({
            kind: 'notice',
            body: '다른 사람의 퀴즈예요. `/kafka-quiz` 로 직접 시작해 보세요.',
            sources: [],
            actions: [],
            private: true,
          });
        }
        if (action.index !== s.current) return quizReply(s);
        s.answers++;
        if (ITEMS[s.current]?.answer === action.choice) s.correct++;
        s.current++;
        return quizReply(s, { i: action.index, chosen: action.choice });
      }
      if (action?.type === 'feedback') {
        feedback.push({ userId: message.userId, question: action.question, ref: action.ref, vote: action.vote });
        return finishReply({ kind: 'notice', body: '의견 고마워요! 답을 다듬는 데 쓸게요.', sources: [], actions: [], private: true });
      }
      if (message.command === 'kafka-quiz' || route(message).type === 'quiz') return quizCommand(message);
      const text = message.text ?? '';
      if (text === 'boom') throw new Error('search index exploded');
      if (!text || text === 'help')
        return finishReply({ kind: 'help', body: '질문을 적어 주세요. 예: `RAID 10이 뭐야?`', sources: [], actions: [] });
      return answer(text);
    },
  };
}
