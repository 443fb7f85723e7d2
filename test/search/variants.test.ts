import { describe, expect, it } from 'vitest';
import { Variants } from '../../src/search/variants.js';

const vocabulary = [
  '플랫폼',
  '파일시스템',
  '모니터링',
  '레플리카',
  '업그레이드',
  '롤백',
  '회식',
  '베타',
  '디스크',
  '개수',
  'run',
  'setting',
  'compression',
  'max.in.flight.requests.per.connection',
];
const known = new Set(vocabulary);
const variants = new Variants(
  () => vocabulary,
  (t) => known.has(t),
);

describe('variants of words the index lacks', () => {
  it.each([
    ['플렛폼', '플랫폼'],
    ['파일시스탬', '파일시스템'],
    ['모니터렁', '모니터링'],
    ['리플리카', '레플리카'],
    ['업그레드', '업그레이드'],
    ['롤벡', '롤백'],
  ])('Hangul typo %s -> %s (about one jamo)', (typo, word) => {
    expect(variants.near(typo)[0]).toBe(word);
  });

  it('keeps short words strict: two syllables keep their first, unless only ㅔ/ㅐ differ', () => {
    expect(variants.near('외식')).toEqual([]);
    expect(variants.near('배타')).toEqual(['베타']);
  });

  it('finds English inflections and typos, and dotted names written short', () => {
    expect(variants.near('runs')).toEqual(['run']);
    expect(variants.near('settings')).toEqual(['setting']);
    expect(variants.near('compresion')).toEqual(['compression']);
    expect(variants.near('max.in.flight')).toEqual(['max.in.flight.requests.per.connection']);
  });

  it('splits a compound written without a space', () => {
    expect(variants.split('디스크개수')).toEqual(['디스크', '개수']);
    expect(variants.split('디스크용량')).toBeUndefined();
  });
});
