// The CLI's plain text: markdown-lite read by markdown-it, only the text printed (no `**`, backticks
// or `>`), the layout kept line by line, and what is not markup (names with underscores) untouched.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../adapters/cli/output.js';

describe('plainText', () => {
  it('drops emphasis and code marks, keeping their text', () => {
    expect(plainText('**퀴즈**: `/kafka-quiz` (5문제), _짧게_')).toBe('퀴즈: /kafka-quiz (5문제), 짧게');
  });

  it('keeps the layout: bullets, indentation, blank lines; a quote becomes an indented line', () => {
    expect(plainText('[제목]\n\n- **장점**: 빠름\n  - 하위 `항목`\n> 인용한 문장\n끝')).toBe(
      '[제목]\n\n- 장점: 빠름\n  - 하위 항목\n  인용한 문장\n끝',
    );
  });

  it('a link shows its text and address; escapes and entities become the characters', () => {
    expect(plainText('[문서](https://example.com/a) 참고')).toBe('문서 (https://example.com/a) 참고');
    expect(plainText('\\*별표\\* &amp; <br>')).toBe('*별표* & <br>');
  });

  it('leaves what is not markup alone', () => {
    for (const text of [
      '__consumer_offsets 토픽',
      'max_poll_records = 500',
      'RAID 1+0 (RAID 10)',
      '출처: a › b (kn/ops_notes.md:12)',
      '2 * 3 = 6',
    ]) {
      expect(plainText(text)).toBe(text);
    }
  });
});
