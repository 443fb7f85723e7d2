// The Slack adapter: a Bolt app in Socket Mode (SLACK_APP_TOKEN set) or HTTP mode, where Bolt's
// ExpressReceiver is mounted at /slack/events on the one shared express app with signatures verified.
import { ExpressReceiver, SocketModeReceiver, type App } from '@slack/bolt';
import type { Assistant, KnowledgeHolder, Onboarding, SessionStore, SlackConfig } from '../../src/index.js';
import { KafkaBotError } from '../../src/index.js';
import type { HttpServer } from '../http/server.js';
import { registerActions } from './actions.js';
import { createAgentPane } from './assistant.js';
import { registerCommands } from './commands.js';
import { registerEvents } from './events.js';
import { registerHome } from './home.js';
import { registerShortcut } from './shortcut.js';
import { registerOnboarding } from './onboarding.js';
import { registerExperts } from './experts.js';
import { safeAssistant } from '../shared/echo.js';
import { failureCounter, type AdapterMetrics } from '../shared/failures.js';
import { slackFetch } from './fetch.js';
import { slackGate } from './gate.js';
import { boltLogger } from './log.js';
import { describeError } from '../shared/errors.js';
import { jsonLinesLogger, type AdapterLogger } from '../shared/log.js';
import { WorkSlots } from '../shared/slots.js';
import { createStarter, type StartupLimits } from './startup.js';
import { TrackedApp } from './tracked-app.js';
import type { SlackDeps } from './safe.js';

/** The one path Slack posts events, slash commands and interactivity to (HTTP mode). */
export const SLACK_EVENTS_PATH = '/slack/events';

export type { StartupLimits };

export interface SlackAppOptions {
  assistant: Assistant;
  store: SessionStore;
  slack: SlackConfig;
  /** The shared HTTP server; required in HTTP mode (no appToken), unused in Socket Mode. */
  http?: HttpServer;
  /** Default: JSON lines on stderr for info and above. */
  logger?: AdapterLogger;
  /** The loaded notes, for the agent pane's suggested prompts. Default: only the quiz prompt. */
  knowledge?: KnowledgeHolder;
  /** Welcome DMs, quiz of the day, nudges (docs/onboarding.md). Default: off. */
  onboarding?: { onboarding: Onboarding; channelIds: string[]; expertsChannelId?: string };
  /** How Slack calls are bounded (defaults suit production; tests shorten them). */
  webApi?: WebApiLimits;
  /** Failed messages and refused requests are counted here. Default: not counted. */
  metrics?: AdapterMetrics;
  /** The token check at start (defaults suit production; tests shorten them). */
  startup?: StartupLimits;
}

/** Limits on calls to Slack: a failing Slack must cost a user seconds, not Bolt's default 30 minutes of retries. */
export interface WebApiLimits {
  /** Per-request deadline for Web API calls and response_url posts. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retries of a failed Web API call (5xx, network, timeout; 429 waits Retry-After). Default 2. */
  retries?: number;
  /** First retry delay, doubling after. Default 1000 ms. */
  retryMinDelayMs?: number;
}

export interface SlackAdapter {
  app: App;
  mode: 'socket' | 'http';
  receiver: SocketModeReceiver | ExpressReceiver;
  /**
   * Check the bot token (auth.test, with a deadline) and, in Socket Mode, connect. Rejects when Slack
   * refuses the token; when Slack cannot be reached it logs one clear line, resolves, and keeps
   * retrying with backoff: not ready (HTTP requests get 503) until then.
   */
  start(): Promise<void>;
  /** True once the token was accepted and the adapter takes requests (drives /readyz). */
  ready(): boolean;
  /** Stop taking requests, disconnect Socket Mode, and wait for work under way. */
  stop(): Promise<void>;
  /** Resolves once every Slack request being processed has finished (graceful stop, tests). */
  settled(): Promise<void>;
  /** Work slots taken right now (0 when idle; see slots.ts). */
  slotsInUse(): number;
}

export function createSlackApp(options: SlackAppOptions): SlackAdapter {
  const { slack } = options;
  const log = options.logger ?? jsonLinesLogger();
  const secrets = [slack.botToken, slack.signingSecret, slack.appToken ?? ''].filter(Boolean);
  const logger = boltLogger(log, secrets);
  const slackApiUrl = slack.apiUrl ? (slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/`) : undefined;
  const limits = { timeoutMs: 10_000, retries: 2, retryMinDelayMs: 1000, ...options.webApi };
  const fetchFn = slackFetch({ apiUrl: slackApiUrl ?? 'https://slack.com/api/', timeoutMs: limits.timeoutMs });
  const clientOptions = () => ({
    ...(slackApiUrl ? { slackApiUrl } : {}),
    timeout: limits.timeoutMs,
    retryConfig: {
      retries: limits.retries,
      factor: 2,
      minTimeout: limits.retryMinDelayMs,
      maxTimeout: limits.retryMinDelayMs * 4,
      randomize: true,
    },
    fetch: fetchFn,
  });
  let accepting = false;
  const failures = failureCounter('slack', options.metrics);

  let receiver: SlackAdapter['receiver'];
  if (slack.appToken) {
    // A copy of the client options: SocketModeClient writes its own retry settings into the object.
    receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      logger,
      installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
  } else {
    if (!options.http)
      throw new KafkaBotError('CONFIG_INVALID', 'Slack HTTP mode needs the shared HTTP server (or set SLACK_APP_TOKEN for Socket Mode)');
    options.http.app.use(SLACK_EVENTS_PATH, (req, res, next) => {
      if (req.method !== 'POST' || accepting) return next();
      res.status(503).json({ error: 'slack adapter not started' });
    });
    options.http.app.use(
      SLACK_EVENTS_PATH,
      ...slackGate({ signingSecret: slack.signingSecret, store: options.store, log, onReject: (reason) => failures.rejected(reason) }),
    );
    receiver = new ExpressReceiver({
      signingSecret: slack.signingSecret,
      signatureVerification: true,
      endpoints: SLACK_EVENTS_PATH,
      app: options.http.app,
      logger,
    });
  }

  const app = new TrackedApp({
    token: slack.botToken,
    receiver,
    logger,
    clientOptions: clientOptions(),
    convoStore: false,
    deferInitialization: true,
  });
  const ob = options.onboarding;
  const experts = ob?.expertsChannelId ? { onboarding: ob.onboarding, channelId: ob.expertsChannelId } : undefined;
  const slots = new WorkSlots();
  // Replies never echo control/bidi characters or more than ~100 characters of the user's text.
  const deps: SlackDeps = {
    assistant: failures.wrap(safeAssistant(options.assistant)),
    store: options.store,
    log,
    secrets,
    slots,
    failures,
    ...(experts && { experts }),
  };
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerHome(app, deps, options.knowledge);
  registerShortcut(app, deps);
  if (ob) registerOnboarding(app, deps, ob);
  if (experts) registerExperts(app, deps, experts);
  // After registerEvents: its event_id dedupe middleware must run before the pane sees a message.
  app.assistant(createAgentPane(deps, options.knowledge));
  app.report = {
    malformed: (problem) => {
      failures.rejected('malformed');
      log.warn({ problem }, 'slack: malformed payload dropped');
    },
    failed: (error) => {
      failures.failed(error);
      log.error({ where: 'listener', err: describeError(error, secrets) }, 'slack: request failed');
    },
  };
  app.error(async (error) => {
    failures.failed(error);
    log.error({ where: 'bolt', err: describeError(error, secrets) }, 'slack: unhandled error');
  });

  const settled = async () => {
    while (app.inflight.size > 0) await Promise.allSettled([...app.inflight]);
  };
  const mode = slack.appToken ? 'socket' : 'http';
  const starter = createStarter({
    app,
    mode,
    slack,
    apiUrl: slackApiUrl ?? 'https://slack.com/api/',
    fetch: fetchFn,
    limits: options.startup,
    log,
    secrets,
    onStarted: () => {
      accepting = true;
      log.info({ mode }, 'slack: adapter started');
    },
  });
  return {
    app,
    mode,
    receiver,
    start: () => starter.start(),
    ready: () => accepting,
    async stop() {
      starter.stop();
      accepting = false;
      if (mode === 'socket') await app.stop().catch(() => undefined);
      await settled();
    },
    settled,
    slotsInUse: () => slots.inUse,
  };
}
