// describeError, the one summary of an error every adapter logs: secrets and token-shaped strings
// never survive, only the first line is kept, and platform codes are carried.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../adapters/shared/errors.js';

describe('describeError', () => {
  it('redacts the given secrets and anything shaped like a Slack token', () => {
    const error = new Error('login with s3cret-password failed for xoxb-1-2-abc and xapp-1-A-2');
    const summary = describeError(error, ['s3cret-password']);
    expect(summary).toEqual({ name: 'Error', message: 'login with [redacted] failed for [redacted] and [redacted]' });
    expect(JSON.stringify(summary)).not.toMatch(/s3cret|xoxb|xapp/);
  });

  it('redacts secrets in thrown non-errors too', () => {
    expect(describeError('password=hunter22 rejected', ['hunter22'])).toEqual({ name: 'string', message: 'password=[redacted] rejected' });
  });

  it('keeps only the first line, at most 300 characters, and never the stack', () => {
    const error = new Error(`${'x'.repeat(400)}\nsecond line with Authorization: Bearer abc`);
    const summary = describeError(error);
    expect(summary.message).toBe('x'.repeat(300));
    expect(JSON.stringify(summary)).not.toContain('Bearer');
    expect(JSON.stringify(summary)).not.toContain('at ');
  });

  it('carries the code, the Slack error and the HTTP status', () => {
    const error = Object.assign(new Error('An API error occurred: invalid_auth'), {
      code: 'slack_webapi_platform_error',
      data: { error: 'invalid_auth' },
      statusCode: 401,
    });
    expect(describeError(error)).toEqual({
      name: 'Error',
      message: 'An API error occurred: invalid_auth',
      code: 'slack_webapi_platform_error',
      slackError: 'invalid_auth',
      status: 401,
    });
  });

  it('a secret shorter than 4 characters is not redacted (it would shred every message)', () => {
    expect(describeError(new Error('a b c'), ['b']).message).toBe('a b c');
  });
});
