import { describe, expect, it } from 'vitest';
import { analyzeWords } from '../../src/search/analyze-ko.js';
import { wordRole } from '../../src/search/word-role.js';

/** The role of `word` inside `question`. */
function role(question: string, word: string) {
  const words = analyzeWords(question);
  const i = words.findIndex((w) => w.surface === word);
  expect(i, `${word} in ${question}`).toBeGreaterThanOrEqual(0);
  return wordRole(words[i]!, words[i + 1]);
}

describe('word roles: confidence comes from content words', () => {
  it.each([
    ['파티션이 없어졌어?', '없어졌어'],
    ['예전 바이너리 얼마나 남겨 둬?', '남겨'],
    ['디스크 깨질 수도 있어?', '깨질'],
    ['설정 바꿀 수 있어?', '바꿀'],
    ['RAID 10으로 두는 게 나아?', '두는'],
    ['RAID 10으로 두는 게 나아?', '나아'],
    ['SCRAM 계정 비번 바꿔야 돼?', '바꿔야'],
  ])('%s: %s is a predicate', (question, word) => {
    expect(role(question, word)).toBe('predicate');
  });

  it.each([
    ['Terraform으로 토픽 만들 수 있어?', 'terraform으로'],
    ['Istio 사이드카 붙여도 돼?', 'istio'],
    ['이번 주 회식 어디야?', '회식'],
    ['컨슈머 리밸런싱 전략', '리밸런싱'],
    ['설정하면 재시작 필요해?', '설정하면'],
  ])('%s: %s is content', (question, word) => {
    expect(role(question, word)).toBe('content');
  });

  it('everyday English is told apart from names; small Korean adverbs are function words', () => {
    expect(role('How do I bump the version?', 'bump')).toBe('everyday');
    expect(role('Can I use Flink?', 'flink')).toBe('content');
    expect(role('그냥 기본값으로 둬?', '그냥')).toBe('function');
  });
});
