// Text shown back to users (issue 10 #8): control and bidi-override characters are stripped, long
// text is cut between graphemes (never through a surrogate pair or an emoji sequence).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormed } from '../../helpers/strings.js';
import { clipGraphemes, graphemeLength, splitGraphemes, stripUnsafe } from '../../../adapters/shared/text.js';

describe('stripUnsafe', () => {
  it('removes NUL, ESC, other C0/C1 controls and bidi overrides/isolates, keeps newlines and tabs', () => {
    expect(stripUnsafe('a\u0000b\u001b[31mc\u202Ed\u2066e\u2069f\u0085g\u007f')).toBe('ab[31mcdefg');
    expect(stripUnsafe('줄 1\n\t줄 2')).toBe('줄 1\n\t줄 2');
  });

  it('drops lone surrogates', () => {
    expect(stripUnsafe('a\uD83Db\uDE00c')).toBe('abc');
    expect(stripUnsafe('😀')).toBe('😀');
  });
});

describe('clipGraphemes', () => {
  it('keeps short text as it is', () => {
    expect(clipGraphemes('RAID 10', 100)).toBe('RAID 10');
  });

  it('cuts between graphemes and says so', () => {
    const family = '👨‍👩‍👧‍👦';
    const clipped = clipGraphemes(family.repeat(10), 5);
    expect(clipped).toBe(`${family.repeat(4)}…`);
    expect(clipGraphemes('가나다라마바사', 4)).toBe('가나다…');
  });

  it('always returns well-formed text of at most max graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const out = clipGraphemes(text, max);
        expect(wellFormed(out)).toBe(true);
        expect(graphemeLength(out)).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('splitGraphemes', () => {
  it('splits into well-formed pieces of at most max code units that join back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 12, max: 60 }), (text, max) => {
        const pieces = splitGraphemes(text, max);
        expect(pieces.join('')).toBe(text);
        for (const p of pieces) {
          expect(wellFormed(p)).toBe(true);
          expect(p.length).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});

describe('oversized grapheme clusters', () => {
  it('cuts a run of conjoining jamo (one grapheme) by code points', () => {
    const jamo = 'ᄏ'.repeat(10_000);
    expect(graphemeLength(jamo)).toBe(1);
    const out = clipGraphemes(jamo, 100, 400);
    expect(out.length).toBeLessThanOrEqual(400);
    expect(out.endsWith('…')).toBe(true);
  });
});
