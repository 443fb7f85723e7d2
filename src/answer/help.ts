// The help reply: what the bot does, how to ask, the quiz commands, and the topics the notes cover.
import type { Knowledge } from '../knowledge/types.js';
import { askAction, type Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import { mainSubjects } from './main-subjects.js';

export function helpReply(knowledge: Knowledge, notice?: string): Reply {
  const topics = mainSubjects(knowledge, 8);
  const examples = ['브로커 메모리 얼마나?', 'RAID10 vs RAID5', 'Confluent Platform vs Cloud'];
  // The examples are the reply's choices (drawn once, under "이렇게 물어보세요"), not repeated here.
  const body = [
    '팀의 Kafka 운영 노트를 읽고 답해요. 궁금한 걸 그냥 물어보세요. 한국어, 영어 모두 괜찮아요.',
    '**퀴즈**: `/kafka-quiz` (5문제) · `/kafka-quiz 10 raid` · `/kafka-quiz review` (틀린 문제 복습) · `/kafka-quiz stats` · `/kafka-quiz top`',
    '**학습 경로**: `/kafka path`',
    topics.length > 0 ? `**노트에 있는 주제**: ${topics.join(', ')}` : '아직 등록된 노트가 없어요 (no notes).',
  ].join('\n');
  return finishReply({
    kind: 'help',
    title: 'Kafka Bot 도움말',
    body,
    sources: [],

    actions: [...examples.map((q) => askAction(q)), { type: 'quiz_command', label: '퀴즈 시작', command: '' }],
    notice,
  });
}
