// The line `npm test` ends with: what was skipped and why, grouped by cause (test/helpers/skip-summary.ts).
import { describe, expect, it } from 'vitest';
import { skipLine } from './helpers/skip-summary.js';

describe('skip summary line', () => {
  it('counts skipped tests and groups their reasons by cause, naming skips outside vitest', () => {
    const line = skipLine(
      [
        { file: 'a.test.ts', skipped: 1, reasons: ['../shared not found: Slack manifest schema check (no /x)'] },
        { file: 'b.test.ts', skipped: 14, reasons: ['../shared not found: Adaptive Card schema checks'] },
        { file: 'c.test.ts', skipped: 0, reasons: ['redis-server not found: Redis store tests'] },
        { file: 'd.test.ts', skipped: 2, reasons: [] },
      ],
      ['../shared not found: eval'],
    );
    expect(line).toBe(
      'skipped 17: ../shared not found: Slack manifest schema check (no /x), Adaptive Card schema checks, eval; no reason given: d.test.ts',
    );
  });

  it('says so when nothing was skipped', () => {
    expect(skipLine([{ file: 'a.test.ts', skipped: 0, reasons: [] }])).toBe('skipped 0: nothing skipped');
  });
});
