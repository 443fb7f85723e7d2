// Starts whatever the configuration asks for on one process: Slack (Socket Mode or HTTP) and/or
// Teams on the shared HTTP server, or nothing but the runtime when neither is configured (console).
import type { Config, Runtime } from '../src/index.js';
import { createLogger, createMetrics, createRuntime, reloadKnowledge, watchKnowledge } from '../src/index.js';
import type { BotMetrics, KnowledgeWatcher, Logger, RuntimeOptions } from '../src/index.js';
import { createAdminServer } from './http/admin.js';
import { createHttpServer, type HttpServer } from './http/server.js';
import { createSlackApp, type SlackAdapter, type StartupLimits, type WebApiLimits } from './slack/app.js';
import { slackDailyDelivery, slackDirectDelivery } from './slack/onboarding.js';
import { createTeamsApp } from './teams/app.js';
import { teamsDailyDelivery, teamsDirectDelivery } from './teams/onboarding.js';

export interface RunningBot {
  runtime: Runtime;
  logger: Logger;
  metrics: BotMetrics;
  http?: HttpServer;
  /** Bound HTTP port, when an HTTP server runs. */
  port?: number;
  /** The admin server (/healthz, /readyz, /metrics), whenever Slack or Teams runs. */
  admin?: HttpServer;
  /** Bound admin port. */
  adminPort?: number;
  slack?: SlackAdapter;
  teams: boolean;
  /** Reload the knowledge now (SIGHUP); true when the new notes are in use, false keeps the old. */
  reload(): Promise<boolean>;
  /** Stop taking work, finish what is in flight, close the store. */
  close(): Promise<void>;
}

export interface StartOptions extends RuntimeOptions {
  /** Default: a pino logger from the config (src/ops/log.ts). */
  logger?: Logger;
  /** Default: a fresh registry with process metrics. */
  metrics?: BotMetrics;
  /** Limits on Slack calls (timeouts, retries). Default: the adapter's production values. */
  slackWebApi?: WebApiLimits;
  /** Token check deadline and retry delays at start. Default: the adapter's production values. */
  slackStartup?: StartupLimits;
}

export async function startBot(config: Config, options: StartOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config);
  const metrics = options.metrics ?? createMetrics({ processMetrics: true });
  const runtime = await createRuntime(config, { ...options, logger, metrics });
  for (const warning of runtime.knowledge.current.warnings) logger.warn({ warning }, 'knowledge warning');
  // The console reloads notes like the servers do: on change (KNOWLEDGE_WATCH) and on SIGHUP.
  const watcher: KnowledgeWatcher | undefined = config.watchKnowledge
    ? watchKnowledge(runtime.knowledge, config.knowledgeDir, { logger, metrics })
    : undefined;
  const reload = () => watcher?.reload() ?? reloadKnowledge(runtime.knowledge, config.knowledgeDir, { logger, metrics });
  if (!config.slack && !config.teams) {
    const close = async () => {
      await watcher?.close();
      await runtime.close();
    };
    return { runtime, logger, metrics, teams: false, reload, close };
  }
  let closing = false;
  const http = createHttpServer();
  const slack = config.slack
    ? createSlackApp({
        assistant: runtime.assistant,
        store: runtime.store,
        slack: config.slack,
        http,
        logger,
        metrics,
        webApi: options.slackWebApi,
        startup: options.slackStartup,
        knowledge: runtime.knowledge,
        onboarding: {
          onboarding: runtime.onboarding,
          channelIds: config.onboarding.channelIds,
          expertsChannelId: config.onboarding.expertsChannelId,
        },
      })
    : undefined;
  let teamsApp: ReturnType<typeof createTeamsApp> | undefined;
  if (config.teams) {
    teamsApp = createTeamsApp({
      assistant: runtime.assistant,
      store: runtime.store,
      teams: config.teams,
      http,
      logger,
      metrics,
      knowledge: runtime.knowledge,
      onboarding: runtime.onboarding,
      expertsConversationId: config.onboarding.teamsExpertsConversationId,
    });
  }
  const admin = createAdminServer({
    ready: async () => !closing && (slack?.ready() ?? true) && runtime.knowledge.current.loadedAt > 0 && (await runtime.store.ping()),
    metrics: () => metrics.metrics(),
    metricsContentType: metrics.contentType,
  });
  const adminPort = await admin.listen(config.adminPort, config.adminHost);
  const port = config.teams || slack?.mode === 'http' ? await http.listen(config.port, config.host) : undefined;
  await slack?.start();
  // Quiz of the day (and other schedules): every replica checks; leases in the store let one post.
  const stopSchedules =
    slack || teamsApp
      ? runtime.onboarding.startSchedules(
          {
            ...(slack && { slack: slackDailyDelivery(slack.app.client) }),
            ...(teamsApp && { teams: teamsDailyDelivery(teamsApp.adapter, config.teams?.appId, runtime.onboarding) }),
          },
          {
            ...(slack && { slack: slackDirectDelivery(slack.app.client) }),
            ...(teamsApp && { teams: teamsDirectDelivery(teamsApp.adapter, config.teams?.appId, runtime.onboarding) }),
          },
          (error) => logger.error({ err: error }, 'schedule tick failed'),
        )
      : undefined;
  logger.info(
    { port, adminPort, slack: slack?.mode ?? 'off', teams: Boolean(config.teams), chunks: runtime.knowledge.current.chunks.length },
    'Kafka Bot started',
  );
  return {
    runtime,
    logger,
    metrics,
    http,
    port,
    admin,
    adminPort,
    slack,
    teams: Boolean(config.teams),
    reload,
    async close() {
      // Readiness goes false first; the public port stops taking connections while work in flight ends.
      closing = true;
      stopSchedules?.();
      const httpClosed = http.close();
      await watcher?.close();
      await slack?.stop();
      await httpClosed;
      // Teams turns answered after their 200 finish before the store closes.
      await teamsApp?.settled();
      await runtime.close();
      await admin.close();
    },
  };
}
