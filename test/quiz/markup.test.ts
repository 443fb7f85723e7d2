import { describe, expect, it } from 'vitest';
import { matchQuizMarker } from '../../src/quiz/markup.js';

describe('matchQuizMarker', () => {
  it('reads (정답: X) and strips the (O/X) hint', () => {
    expect(matchQuizMarker('컨플루언트 플랫폼은 SaaS형 카프카이다 (O/X) (정답: X)')).toEqual({
      statement: '컨플루언트 플랫폼은 SaaS형 카프카이다',
      answer: 'X',
    });
  });

  it.each([
    ['RAID 10은 디스크가 최소 4개 필요하다 (정답: O)', 'O'],
    ['RAID 10은 디스크가 최소 4개 필요하다 (정답:o)', 'O'],
    ['RAID 10은 디스크가 최소 4개 필요하다 (정답 : X).', 'X'],
    ['RAID 10은 디스크가 최소 4개 필요하다 （정답：X）', 'X'],
    ['RAID 10은 디스크가 최소 4개 필요하다 (answer: O)', 'O'],
    ['RAID 10은 디스크가 최소 4개 필요하다 (Answer: x)', 'X'],
    ['RAID 10은 디스크가 최소 4개 필요하다 → X', 'X'],
    ['RAID 10은 디스크가 최소 4개 필요하다 -> O', 'O'],
    ['RAID 10은 디스크가 최소 4개 필요하다 (O/X) → X', 'X'],
  ])('%s → %s', (line, answer) => {
    expect(matchQuizMarker(line)).toEqual({ statement: 'RAID 10은 디스크가 최소 4개 필요하다', answer });
  });

  it('accepts a list marker left on the line', () => {
    expect(matchQuizMarker('1. SaaS를 쓰면 비용이 반드시 절감된다 (O/X) (정답: X)')?.statement).toBe('SaaS를 쓰면 비용이 반드시 절감된다');
    expect(matchQuizMarker('- XFS 또는 ext4 (정답: O)')?.statement).toBe('XFS 또는 ext4');
  });

  it.each([
    '메모리: 32GB 머신에 힙 메모리 6GB 설정',
    '(정답: O)',
    '정답은 (정답: O) 이라고 쓰면 됩니다 그런데 끝이 아님',
    'RAID 1 -> RAID 10 으로 바꿈',
    'OX 퀴즈 풀기',
    '',
  ])('ignores %j', (line) => {
    expect(matchQuizMarker(line)).toBeUndefined();
  });
});

describe('matchSourceMarker', () => {
  it('takes a trailing 근거: line as the section and leaves the explanation clean', async () => {
    const { matchSourceMarker } = await import('../../src/quiz/markup.js');
    expect(matchSourceMarker('AWS에서 제공하는 서비스이다. 근거: AWS MSK')).toEqual({
      explanation: 'AWS에서 제공하는 서비스이다.',
      section: 'AWS MSK',
    });
    expect(matchSourceMarker('설명 (근거: 비용 측면 고려사항)')).toEqual({ explanation: '설명', section: '비용 측면 고려사항' });
    expect(matchSourceMarker('근거 없는 해설이다.')).toEqual({ explanation: '근거 없는 해설이다.' });
  });
});

describe('a statement marked only (O/X)', () => {
  it('takes its answer from the explanation it opens', () => {
    expect(matchQuizMarker('2. 파티션 수는 나중에 줄일 수 있다 (O/X)', 'X. 파티션 수는 늘리는 것만 가능하다.')).toEqual({
      statement: '파티션 수는 나중에 줄일 수 있다',
      answer: 'X',
      explanation: '파티션 수는 늘리는 것만 가능하다.',
    });
    expect(matchQuizMarker('- 키별로 최신 값만 남긴다 (O/X)', 'O) 같은 키의 이전 값은 정리된다.')?.answer).toBe('O');
  });

  it('without an answer anywhere it is still a statement (quiz material), with no answer', () => {
    expect(matchQuizMarker('1. 여러 대를 동시에 재시작해도 된다 (O/X)', '한 번에 한 대씩 재시작한다.')).toEqual({
      statement: '여러 대를 동시에 재시작해도 된다',
    });
  });
});
