// Property tests (fast-check) for the Korean analyzer and normalizer: total on arbitrary Unicode,
// deterministic, bounded output, and terms that are themselves stable under normalization.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeWords, bigrams, stripSuffix } from '../../src/search/analyze-ko.js';
import { normalize } from '../../src/search/normalize.js';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4000 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom('RAID', '1+0', '레이드는', '브로커의', '24 core', '32 gb', 'ext4와', '_', ' ', 'ＲＡＩＤ１０', '\u200b', '가', '이'),
      { maxLength: 80 },
    )
    .map((p) => p.join('')),
);

describe('analyzer properties', () => {
  it('analyzeWords never throws, is deterministic and bounded', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = analyzeWords(s);
        expect(analyzeWords(s)).toEqual(a);
        expect(a.length).toBeLessThanOrEqual(s.length * 2 + 1);
        for (const w of a) {
          expect(w.terms.length).toBeGreaterThan(0);
          for (const t of w.terms) expect(t.length).toBeGreaterThan(0);
          for (const g of w.grams) expect(g.length).toBe(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('normalize is idempotent and never longer than NFKC allows', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normalize(s);
        expect(normalize(n)).toBe(n);
        expect(n).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
      }),
      { numRuns: 300 },
    );
  });

  // Plain text (ASCII and Hangul syllables) takes faster paths than other text: they must agree.
  const plain = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'RAID',
          '1+0',
          '레이드는',
          'ext4와',
          'log.dirs',
          'a=b',
          'kafka-configs.sh',
          '3.7',
          '_x',
          ' ',
          '\n',
          '\t',
          'Raid 10',
          '24 Core',
        ),
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
        fc.string({ unit: fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
      ),
      { maxLength: 40 },
    )
    .map((p) => p.join(''));

  it('plain text normalizes as through NFKC and reads as the Unicode path reads it', () => {
    fc.assert(
      fc.property(plain, (s) => {
        expect(normalize(s)).toBe(
          s
            .normalize('NFKC')
            .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
            .toLowerCase(),
        );
        // A separate non-plain word sends the text down the Unicode path without touching the others.
        expect(analyzeWords(`${s} é`).slice(0, -1)).toEqual(analyzeWords(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('stripSuffix keeps at least two syllables; bigrams cover the stem', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 12 }),
        (w) => {
          const stem = stripSuffix(w);
          expect(w.startsWith(stem)).toBe(true);
          expect(stem.length).toBeGreaterThanOrEqual(Math.min(2, w.length));
          expect(bigrams(stem)).toHaveLength(stem.length >= 3 ? stem.length - 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
