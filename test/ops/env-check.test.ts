// friendlyIssue words every kind of zod issue a variable's check could raise as a rule, so no
// variable ever shows zod's own wording, even for a check written later without a message.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkVariables, friendlyIssue, originNote } from '../../src/ops/env-check.js';

describe('friendlyIssue', () => {
  const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value, { error: friendlyIssue }).error?.issues[0]?.message;

  it('words issues a check did not word itself, and leaves a check its own words', () => {
    expect(messageOf(z.enum(['a', 'b']), 'c')).toBe('must be one of a, b');
    expect(messageOf(z.string().min(3), 'ab')).toBe('must be at least 3');
    expect(messageOf(z.number().max(9), 10)).toBe('must be at most 9');
    expect(messageOf(z.string(), 5)).toBe('must be text');
    expect(messageOf(z.email(), 'nope')).toBe('is not in a form the bot understands');
    expect(
      messageOf(
        z.string().refine(() => false, 'must be blue'),
        'red',
      ),
    ).toBe('must be blue');
  });
});

describe('checkVariables', () => {
  it('checks each variable on its own and says which came from .env', () => {
    const shape = { A: z.enum(['x']).optional(), B: z.enum(['y']).optional(), C: z.string().optional() };
    const { values, problems } = checkVariables(shape, { A: 'q', B: 'q', C: 'fine' }, { fromFile: new Set(['B']) });
    expect(values).toEqual({ C: 'fine' });
    expect(problems).toEqual(['A must be one of x', 'B must be one of y (from .env)']);
  });

  it('originNote: the subject alone, or the names involved', () => {
    const origin = { fromFile: new Set(['A', 'B']) };
    expect(originNote(origin, 'A')).toBe(' (from .env)');
    expect(originNote(origin, undefined, 'A', 'C')).toBe(' (A from .env)');
    expect(originNote(origin, 'C', 'B')).toBe(' (B from .env)');
    expect(originNote({}, 'A')).toBe('');
  });
});
