// Sample Replies of the kinds a renderer must draw (answer, comparison, no-answer, help), as the core
// builds them, for render and card tests. The one fake assistant is fake-assistant.ts.
import { finishReply, type Reply, type Source } from '../../src/index.js';
import { askAction } from '../../src/model/reply.js';

const source: Source = {
  title: 'ISR (In-Sync Replicas)',
  file: 'knowledge/kafka-cluster-operations.md',
  line: 42,
  endLine: 58,
  breadcrumb: ['Kafka 클러스터 운영', '복제', 'ISR (In-Sync Replicas)'],
};

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
      ...followUps.map((q) => askAction(q)),
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
    actions: [askAction('ISR이 뭐야?')],
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
