// A small stand-in for the core's Assistant for Teams tests: realistic Replies of every kind (answer,
// comparison, no-answer, help, a 3-question O/X quiz with owner checks) and a claim-only store.
import { finishReply, type Assistant, type Incoming, type Reply, type SessionStore, type Source } from '../../src/index.js';

const source: Source = {
  title: 'ISR (In-Sync Replicas)',
  file: 'knowledge/kafka-cluster-operations.md',
  line: 42,
  endLine: 58,
  breadcrumb: ['Kafka 클러스터 운영', '복제', 'ISR (In-Sync Replicas)'],
};

const QUESTIONS = [
  { statement: 'ISR은 리더와 충분히 동기화된 레플리카 집합이다.', answer: 'O' as const },
  { statement: 'min.insync.replicas는 프로듀서 쪽 설정이다.', answer: 'X' as const },
  { statement: 'RAID 10은 미러링과 스트라이핑을 함께 쓴다.', answer: 'O' as const },
];

export function answerReply(question: string, body?: string): Reply {
  const followUps = ['min.insync.replicas는 몇으로 두나요?', 'RAID 1 vs RAID 5'];
  return finishReply({
    kind: 'answer',
    title: source.title,
    body:
      body ??
      '**ISR**은 리더와 충분히 따라잡은 레플리카들의 집합이에요.\n\n- replica.lag.time.max.ms 안에 따라오면 ISR\n- 벗어나면 ISR에서 빠져요',
    sources: [source],
    actions: [
      ...followUps.map((q) => ({ type: 'ask' as const, label: q, question: q })),
      { type: 'feedback', label: '👍', vote: 'up', question, ref: 'kafka-cluster-operations.md#isr' },
      { type: 'feedback', label: '👎', vote: 'down', question, ref: 'kafka-cluster-operations.md#isr' },
    ],
  });
}

export function comparisonReply(): Reply {
  return finishReply({
    kind: 'comparison',
    title: 'RAID 1 vs RAID 5',
    body: '두 방식을 노트 기준으로 나란히 놓았어요.',
    comparison: {
      columns: ['RAID 1', 'RAID 5'],
      rows: [
        { aspect: '특징', cells: ['미러링', '패리티 분산'] },
        { aspect: '장점', cells: ['읽기 빠름, 복구 단순', '용량 효율'] },
        { aspect: '단점', cells: ['용량 50%', ''] },
      ],
    },
    sources: [{ ...source, title: 'RAID', breadcrumb: ['Kafka 클러스터 운영', '디스크', 'RAID'] }],
   
    actions: [],
  });
}

export function noAnswerReply(question: string): Reply {
  return finishReply({
    kind: 'no_answer',
    body: `노트에서 "${question}"에 대한 내용을 찾지 못했어요. 다르게 물어봐 주세요.`,
    sources: [],
    actions: [{ type: 'ask', label: 'ISR이 뭐야?', question: 'ISR이 뭐야?' }],
  });
}

export function helpReply(): Reply {
  return finishReply({
    kind: 'help',
    title: '도움말',
    body: '- 질문: 그냥 물어보세요\n- **quiz** : O/X 퀴즈\n- **stats** : 내 기록',
    sources: [],
   
    actions: [{ type: 'quiz_command', label: '퀴즈 시작', command: '' }],
  });
}

interface FakeSession {
  id: string;
  userId: string;
  current: number;
  correct: number;
}

export class FakeAssistant implements Assistant {
  readonly handled: Incoming[] = [];
  readonly recorded: Array<{ sessionId: string; index: number; userId: string }> = [];
  private readonly sessions = new Map<string, FakeSession>();

  async handle(message: Incoming): Promise<Reply> {
    this.handled.push(message);
    const action = message.action;
    if (action?.type === 'quiz_answer') return this.press(message.userId, action.sessionId, action.index, action.choice);
    if (action?.type === 'quiz_command') return this.startQuiz(message.userId);
    if (action?.type === 'feedback') return finishReply({ kind: 'notice', body: '피드백 고마워요!', sources: [], actions: [] });
    const text = action?.type === 'ask' ? action.question : (message.text ?? '');
    if (message.command === 'kafka-quiz') return this.startQuiz(message.userId);
    if (text === 'help' || text === '') return helpReply();
    if (text === 'boom') throw new Error('fake failure');
    if (/\bvs\b/i.test(text)) return comparisonReply();
    if (text.includes('없는')) return noAnswerReply(text);
    return answerReply(text);
  }

  private startQuiz(userId: string): Reply {
    const id = `s${this.sessions.size + 1}`;
    const session = { id, userId, current: 0, correct: 0 };
    this.sessions.set(id, session);
    return quizReply(session);
  }

  private press(userId: string, sessionId: string, index: number, choice: 'O' | 'X'): Reply {
    const session = this.sessions.get(sessionId);
    if (!session) return finishReply({ kind: 'notice', body: '끝났거나 없는 퀴즈예요.', sources: [], actions: [] });
    if (session.userId !== userId) {
      return finishReply({ kind: 'notice', body: '다른 사람의 퀴즈예요. quiz 로 직접 시작해 보세요.', sources: [], actions: [], private: true });
    }
    const item = QUESTIONS[index];
    if (index !== session.current || !item) return quizReply(session);
    this.recorded.push({ sessionId, index, userId });
    const correct = choice === item.answer;
    session.current += 1;
    if (correct) session.correct += 1;
    return quizReply(session, {
      statement: item.statement,
      chosen: choice,
      answer: item.answer,
      correct,
      explanation: '노트의 복제 절에 설명이 있어요.',
    });
  }
}

function quizReply(session: FakeSession, result?: NonNullable<Reply['quiz']>['result']): Reply {
  const total = QUESTIONS.length;
  const item = QUESTIONS[session.current];
  const done = !item;
  return finishReply({
    kind: 'quiz',
    title: done ? 'Kafka 퀴즈 결과' : `Kafka 퀴즈 ${session.current + 1}/${total}`,
    body: item?.statement ?? `점수 ${session.correct}/${total}`,
    sources: result ? [source] : [],
   
    actions: done
      ? [{ type: 'quiz_command', label: '다시 풀기', command: '' }]
      : (['O', 'X'] as const).map((c) => ({ type: 'quiz_answer' as const, label: c, sessionId: session.id, index: session.current, choice: c })),
    quiz: {
      sessionId: session.id,
      userId: session.userId,
      result,
      question: item && { index: session.current, total, statement: item.statement, itemId: `q${session.current}` },
      score: done ? { correct: session.correct, total } : undefined,
    },
  });
}

/** The store methods the Teams adapter uses (dedupe claims), in memory. */
export function claimStore(): Pick<SessionStore, 'claim' | 'release'> & { claimed: Set<string> } {
  const claimed = new Set<string>();
  return {
    claimed,
    async claim(key) {
      if (claimed.has(key)) return false;
      claimed.add(key);
      return true;
    },
    async release(key) {
      claimed.delete(key);
    },
  };
}
