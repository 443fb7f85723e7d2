// Korean loanwords find the English words of English-heavy notes (워커 -> worker), and never a
// word of another vowel or one of several alike.
import { describe, expect, it } from 'vitest';
import { hangulKey, hangulVowel, latinKey, latinVowels } from '../../src/search/loanwords.js';
import { Variants } from '../../src/search/variants.js';

describe('loanwords', () => {
  it.each([
    ['워커', 'worker'],
    ['플러그인', 'plugin'],
    ['커넥터', 'connector'],
    ['컨버터', 'converter'],
    ['스키마', 'schema'],
    ['파티션', 'partition'],
    ['리밸런싱', 'rebalancing'],
    ['타임스탬프', 'timestamp'],
    ['엔드포인트', 'endpoint'],
  ])('%s spells %s', (ko, en) => {
    expect(hangulKey(ko)).toBe(latinKey(en));
    expect(latinVowels(en)).toContain(hangulVowel(ko));
  });

  it('repeated letters collapse only when nothing stands between them', () => {
    expect(latinKey('datadog')).not.toBe(hangulKey('대기'));
  });

  it('an unknown Korean word is matched to the one English word of the notes it spells, by skeleton and vowel', () => {
    const vocabulary = ['worker', 'task', 'disk', 'connector'];
    const variants = new Variants(
      () => vocabulary,
      (t) => vocabulary.includes(t),
    );
    expect(variants.near('워커')).toEqual(['worker']);
    expect(variants.near('태스크')).toEqual(['task']);
    expect(variants.near('디스크')).toEqual(['disk']);
    expect(variants.near('데이터독')).toEqual([]);
  });
});
