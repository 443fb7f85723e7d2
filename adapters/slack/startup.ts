// Starting the Slack adapter: check the bot token (auth.test, with a deadline), init Bolt and, in
// Socket Mode, connect. A token Slack refuses is fatal; a Slack that cannot be reached is reported in
// one clear line and retried with backoff in the background, the adapter staying not ready meanwhile.
import type { App } from '@slack/bolt';
import { KafkaBotError, type SlackConfig } from '../../src/index.js';
import { describeError } from '../shared/errors.js';
import type { AdapterLogger } from '../shared/log.js';
import { checkBotToken } from './token-check.js';

/** How start() deals with a Slack it cannot reach. */
export interface StartupLimits {
  /** Deadline of one token check (auth.test). Default 15 000 ms. */
  deadlineMs?: number;
  /** Waits between retries while Slack is unreachable; the last one repeats. Default 5, 10, 20, 40, 60 s. */
  retryDelaysMs?: number[];
}

export interface StarterOptions {
  app: App;
  mode: 'socket' | 'http';
  slack: SlackConfig;
  /** Web API base URL, ending in `/`. */
  apiUrl: string;
  fetch: typeof fetch;
  limits?: StartupLimits;
  log: AdapterLogger;
  secrets: string[];
  /** Called once the token was accepted and Bolt is ready. */
  onStarted: () => void;
}

export interface Starter {
  /** First attempt; resolves when started or when retrying in the background, rejects on a refused token. */
  start(): Promise<void>;
  /** Stop retrying. */
  stop(): void;
}

export function createStarter(options: StarterOptions): Starter {
  const { app, mode, slack, log, secrets } = options;
  const apiBase = options.apiUrl;
  const fetchFn = options.fetch;
  const startup = { deadlineMs: 15_000, retryDelaysMs: [5_000, 10_000, 20_000, 40_000, 60_000], ...options.limits };
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  /** Check the token, init Bolt, connect Socket Mode. 'unreachable' when Slack could not be asked. */
  const connect = async (): Promise<{ unreachable: string } | undefined> => {
    const check = await checkBotToken({ token: slack.botToken, apiUrl: apiBase, deadlineMs: startup.deadlineMs, fetch: fetchFn });
    if (!check.ok && check.rejected)
      throw new KafkaBotError('CONFIG_INVALID', `SLACK_BOT_TOKEN was not accepted by Slack (${check.error})`);
    if (!check.ok) return { unreachable: check.reason };
    try {
      await app.init();
    } catch (error) {
      const why = describeError(error, secrets);
      if (why.slackError)
        throw new KafkaBotError('CONFIG_INVALID', `SLACK_BOT_TOKEN was not accepted by Slack (${why.slackError})`, { cause: error });
      return { unreachable: why.message };
    }
    if (mode === 'socket') {
      await app.start().catch((error: unknown) => {
        const why = describeError(error, secrets);
        throw new KafkaBotError(
          'CONFIG_INVALID',
          `SLACK_APP_TOKEN could not open a Socket Mode connection (${why.slackError ?? why.message})`,
          { cause: error },
        );
      });
    }
    options.onStarted();
    return undefined;
  };

  const unreachableLine = (reason: string, attempt: number, delayMs: number) => ({
    obj: { url: `${apiBase}auth.test`, variable: 'SLACK_BOT_TOKEN', reason, attempt, retryInMs: delayMs },
    msg:
      `slack: cannot check SLACK_BOT_TOKEN: the Slack Web API at ${apiBase} is unreachable (${reason}); ` +
      `retrying in ${Math.round(delayMs / 1000)} s, not ready until then`,
  });

  /** Retry in the background with backoff until Slack answers, the token is refused, or stop(). */
  const retry = (attempt: number) => {
    const delays = startup.retryDelaysMs.length > 0 ? startup.retryDelaysMs : [60_000];
    const delay = delays[Math.min(attempt - 1, delays.length - 1)] ?? 60_000;
    retryTimer = setTimeout(() => {
      if (stopped) return;
      connect().then(
        (result) => {
          if (!result || stopped) return;
          const next = delays[Math.min(attempt, delays.length - 1)] ?? 60_000;
          const line = unreachableLine(result.unreachable, attempt + 1, next);
          log.warn(line.obj, line.msg);
          retry(attempt + 1);
        },
        (error: unknown) =>
          log.error(
            { variable: 'SLACK_BOT_TOKEN', err: describeError(error, secrets) },
            'slack: giving up: the token was refused; the Slack adapter stays not ready',
          ),
      );
    }, delay);
    retryTimer.unref?.();
  };

  return {
    async start() {
      const result = await connect();
      if (!result) return;
      const line = unreachableLine(result.unreachable, 1, startup.retryDelaysMs[0] ?? 60_000);
      log.error(line.obj, line.msg);
      retry(1);
    },
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
    },
  };
}
