// The bot token check at start (auth.test) with a deadline: a token Slack rejects is a configuration
// error; a Slack that cannot be reached (no route, no answer, 5xx) is "unreachable", to be retried.
import { webApi } from '@slack/bolt';
import { describeError } from '../shared/errors.js';

export type TokenCheck = { ok: true } | { ok: false; rejected: true; error: string } | { ok: false; rejected: false; reason: string };

export interface TokenCheckOptions {
  token: string;
  /** Web API base URL, ending in `/`. */
  apiUrl: string;
  /** Give up after this long. */
  deadlineMs: number;
  fetch?: typeof fetch;
}

/** Slack's answers that mean the token itself is wrong (retrying cannot help). */
const REJECTED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
]);

const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => webApi.LogLevel.ERROR, setName() {} };

export async function checkBotToken(options: TokenCheckOptions): Promise<TokenCheck> {
  // One attempt, no retries of its own, no log lines: the caller reports and retries.
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    timeout: options.deadlineMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: silent,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  try {
    await client.auth.test();
    return { ok: true };
  } catch (error) {
    const summary = describeError(error, [options.token]);
    if (summary.slackError && REJECTED.has(summary.slackError)) return { ok: false, rejected: true, error: summary.slackError };
    if (summary.slackError) return { ok: false, rejected: false, reason: `Slack answered ${summary.slackError}` };
    const timedOut = /abort|timeout/i.test(`${summary.name} ${summary.message}`);
    return {
      ok: false,
      rejected: false,
      reason: timedOut ? `did not answer within ${Math.round(options.deadlineMs / 1000)} s` : rootCause(error),
    };
  }
}

/** The innermost error message (fetch failed → ECONNREFUSED …), first line, without the token. */
function rootCause(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const next = (e as { original?: unknown; cause?: unknown } | undefined)?.original ?? (e as { cause?: unknown } | undefined)?.cause;
    if (!next) break;
    e = next;
  }
  const summary = describeError(e);
  return summary.code ? `${summary.message} (${summary.code})` : summary.message;
}
