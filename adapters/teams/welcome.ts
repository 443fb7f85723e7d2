// The welcome shown when someone adds the bot in personal scope: what it does and how to start.
// Built as a neutral Reply so it goes through the same card renderer as everything else.
import { finishReply, type Reply } from '../../src/index.js';

export function welcomeReply(): Reply {
  return finishReply({
    kind: 'help',
    title: 'Kafka Bot에 오신 걸 환영해요 👋',
    body: [
      '우리 팀이 Kafka를 어떻게 운영하는지, 팀 노트에서 찾아 답해 드려요.',
      [
        '- 궁금한 걸 그냥 물어보세요. 예: **ISR이 뭐야?**, **RAID 1 vs RAID 5**',
        '- **quiz** : O/X 퀴즈 시작 (예: quiz 5 raid, quiz review)',
        '- **stats** : 내 퀴즈 기록',
        '- **help** : 도움말',
      ].join('\n'),
      '채널이나 그룹 채팅에서는 @Kafka Bot 을 멘션해서 물어보세요.',
    ].join('\n\n'),
    sources: [],

    actions: [{ type: 'quiz_command', label: '퀴즈 시작', command: '' }],
  });
}
