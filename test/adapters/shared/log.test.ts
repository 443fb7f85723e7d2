// The adapters' default logger: one JSON line per event on stderr, pino-shaped.
import { describe, expect, it, vi } from 'vitest';
import { jsonLinesLogger } from '../../../adapters/shared/log.js';

function capture(work: () => void): string[] {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return written;
}

describe('jsonLinesLogger', () => {
  it('writes one JSON line per event, with the component', () => {
    const written = capture(() =>
      jsonLinesLogger('teams').warn({ reason: 'invalid signature', activityId: 'a1' }, 'teams: request refused'),
    );
    expect(written).toHaveLength(1);
    expect(written[0]?.endsWith('\n')).toBe(true);
    expect(written[0]?.trimEnd().includes('\n')).toBe(false);
    expect(JSON.parse(written[0] ?? '')).toEqual({
      level: 'warn',
      component: 'teams',
      reason: 'invalid signature',
      activityId: 'a1',
      msg: 'teams: request refused',
    });
  });

  it('drops debug lines and leaves out an absent component', () => {
    const written = capture(() => {
      const log = jsonLinesLogger();
      log.debug({ a: 1 }, 'noise');
      log.error({ where: 'x' }, 'failed');
    });
    expect(written.map((w) => JSON.parse(w) as unknown)).toEqual([{ level: 'error', where: 'x', msg: 'failed' }]);
  });
});
