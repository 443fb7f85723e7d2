import { describe, expect, it } from 'vitest';
import { analyze, stripSuffix } from '../../src/search/analyze-ko.js';

const terms = (s: string) => new Set(analyze(s));

describe('Korean-aware analyzer', () => {
  it('normalizes width, case and invisible characters', () => {
    expect(analyze('ＲＡＩＤ')).toEqual(['raid']);
    expect(analyze('R\u200bAID')).toEqual(['raid']);
  });

  it('strips particles and endings without mangling short words', () => {
    expect(analyze('RAID는')).toEqual(['raid']);
    expect(terms('카프카가')).toContain('카프카');
    expect(terms('단점이')).toContain('단점');
    expect(stripSuffix('용도')).toBe('용도');
    expect(stripSuffix('차이')).toBe('차이');
    expect(stripSuffix('만들었어')).toBe('만들');
  });

  it('matches compounds with or without spaces through Hangul bigrams', () => {
    const joined = terms('파일시스템');
    const spaced = analyze('파일 시스템');
    expect(spaced.every((t) => joined.has(t) || t === '시스템')).toBe(true);
  });

  it('joins mixed tokens: RAID10 = RAID 10 = RAID1+0, 24core = 24 core, numbers kept', () => {
    for (const form of ['RAID10', 'RAID 10', 'RAID1+0', 'raid 1 + 0']) expect(terms(form)).toContain('raid10');
    expect(terms('24 core')).toContain('24core');
    expect(terms('24core')).toContain('24');
    expect(terms('32GB 머신')).toContain('32gb');
    expect(terms('ext4와 XFS')).toEqual(new Set(['ext4', 'ext', '4', 'xfs']));
  });

  it('drops a lone particle and keeps snake_case names whole', () => {
    expect(terms('xfs_fsr 는')).toContain('xfs_fsr');
    expect(terms('xfs_fsr 는')).not.toContain('는');
  });
});
