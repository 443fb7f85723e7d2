// Unanswered questions are grouped by their analyzed terms: two wordings of one question count
// together, different topics stay apart.
import { describe, expect, it } from 'vitest';
import { groupQuestions } from '../../src/search/question-groups.js';

describe('groupQuestions', () => {
  it('groups similar wordings and keeps different topics apart', () => {
    const groups = groupQuestions([
      { question: 'RAID 10 디스크 몇 개?', at: 1 },
      { question: 'raid10 디스크는 몇 개야', at: 2 },
      { question: '브로커 힙 메모리 크기', at: 3 },
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ count: 2, firstAt: 1, lastAt: 2 });
  });
});
