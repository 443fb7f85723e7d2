import { describe, expect, it } from 'vitest';
import { parseComparison } from '../../src/answer/comparison-question.js';

describe('comparison questions: two sides, each with the words both share', () => {
  it.each([
    ['RAID 1 vs RAID 5', ['RAID 1', 'RAID 5']],
    ['XFS, ext4 중 뭐가 나아?', ['XFS', 'ext4']],
    ['RAID 10 or RAID 5?', ['RAID 10', 'RAID 5']],
    ['동적 설정이랑 정적 설정 차이가 뭐야?', ['동적 설정', '정적 설정']],
    ['SCRAM과 PLAIN은 어떻게 달라?', ['SCRAM', 'PLAIN은']],
    ['A 쓰면 B랑 뭐가 달라?', ['A', 'B']],
    ['should we pick SCRAM or OAUTHBEARER?', ['SCRAM', 'OAUTHBEARER']],
    ['카프카 브로커에는 RAID 10과 RAID 5 중 뭐가 나아?', ['카프카 브로커에는 RAID 10', '카프카 브로커에는 RAID 5']],
    ['개발이랑 운영 URP 알림 기준 어떻게 달라?', ['개발 URP 알림 기준', '운영 URP 알림 기준']],
    ["controlled shutdown vs kill -9, what's the difference?", ['controlled shutdown', 'kill -9']],
    ['acks=1 vs acks=all 뭐가 달라?', ['acks=1', 'acks=all']],
    ['XFS랑 ext4는 각각 어떤 특징이 있어?', ['XFS', 'ext4']],
    ['RAID10이랑 RAID5 중에 어느 쪽이 나아요?', ['RAID10', 'RAID5']],
    ['XFS와 ext4 비교하면 어때요?', ['XFS', 'ext4']],
    ['RAID 10 대 RAID 5', ['RAID 10', 'RAID 5']],
    ['How does XFS compare to ext4?', ['XFS', 'ext4']],
    ['Is XFS better than ext4 for Kafka?', ['XFS', 'ext4']],
    [
      "what's the difference between the dev cluster and the prod cluster brokers, memory-wise?",
      ['dev cluster brokers memory', 'prod cluster brokers memory'],
    ],
  ])('%s', (question, sides) => {
    expect(parseComparison(question)).toEqual(sides);
  });

  it.each([
    'SSL 쓰면 CPU가 더 필요해?',
    'RAID와 디스크 설정',
    '어떤 상황이면 SaaS 카프카 쓰는 게 나아?',
    '서버를 껐다 켜지 않고 파라미터를 바꿀 방법 있어?',
    '브로커 몇 대 필요해?',
    '브로커 3 대 필요해?',
    '브로커 몇 대 쓰면 뭐가 나아?',
  ])('%s is not a comparison', (question) => {
    expect(parseComparison(question)).toBeUndefined();
  });
});
