// Wires the Teams bot onto the shared HTTP server: CloudAdapter with Bot Framework authentication from
// TeamsConfig, POST /api/messages with JSON parsing and a 400 for bodies that are not activities,
// and onTurnError. The only place that builds botbuilder objects.
import express, { type NextFunction, type Request, type Response } from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import {
  KafkaBotError,
  isQuestionOnly,
  type Assistant,
  type KnowledgeHolder,
  type Onboarding,
  type SessionStore,
  type TeamsConfig,
} from '../../src/index.js';
import type { HttpServer } from '../http/server.js';
import { botFrameworkAuthentication, type OpenIdMetadataUrls } from './auth.js';
import { TeamsBot } from './bot.js';
import { APOLOGY } from '../shared/apology.js';
import { describeError } from '../shared/errors.js';
import { jsonLinesLogger, type AdapterLogger } from '../shared/log.js';
import { safeAssistant } from '../shared/echo.js';
import { failureCounter, type AdapterMetrics } from '../shared/failures.js';
import { WorkSlots } from '../shared/slots.js';
import { renderText } from './render.js';
import { TeamsCloudAdapter, messagesHandler } from './request.js';
import { localServiceUrlProblem } from './service-url.js';
import { toIncoming } from './incoming.js';

export interface TeamsAppOptions {
  assistant: Assistant;
  /** Activity-id and welcome dedupe (`claim`, `release`); the app's SessionStore. */
  store: Pick<SessionStore, 'claim' | 'release'>;
  teams: TeamsConfig;
  /** The one shared HTTP server; `/api/messages` is mounted on its app. */
  http: HttpServer;
  /** Default: console. */
  logger?: AdapterLogger;
  /** The notes the search message extension searches. Default: search unavailable. */
  knowledge?: KnowledgeHolder;
  /** Welcome for people added to a team. Default: off. */
  onboarding?: Onboarding;
  /** TEAMS_EXPERTS_CONVERSATION_ID: where "전문가에게 물어보기" posts. Default: off. */
  expertsConversationId?: string;
  /** Where token signing keys are fetched. Default: Microsoft's public cloud (tests use a local fake). */
  openIdMetadata?: OpenIdMetadataUrls;
  /** Failed turns and refused requests are counted here. Default: not counted. */
  metrics?: AdapterMetrics;
}

export interface TeamsApp {
  adapter: CloudAdapter;
  bot: TeamsBot;
  /** Resolves once every turn still running after its 200 has finished (graceful stop, tests). */
  settled(): Promise<void>;
}

export const MESSAGES_PATH = '/api/messages';

/** Build the adapter and bot and mount POST /api/messages; throws CONFIG_INVALID without an app id unless local. */
export function createTeamsApp(options: TeamsAppOptions): TeamsApp {
  const { teams, http } = options;
  const logger = options.logger ?? jsonLinesLogger('teams');
  const secrets = teams.appPassword ? [teams.appPassword] : [];
  if (!teams.appId && !teams.local) {
    throw new KafkaBotError(
      'CONFIG_INVALID',
      'invalid configuration: MICROSOFT_APP_ID is required for Teams (set TEAMS_LOCAL=1 only for local testing without authentication)',
    );
  }
  if (!teams.appId) {
    logger.warn(
      { path: MESSAGES_PATH },
      '!!! TEAMS_LOCAL=1: Teams adapter running WITHOUT authentication. Anyone who can reach this port can talk to the bot ' +
        '(replies go to loopback serviceUrls only). Local testing only, never in production !!!',
    );
  }
  const auth = botFrameworkAuthentication(teams, options.openIdMetadata);
  const adapter = new TeamsCloudAdapter(auth);
  const failures = failureCounter('teams', options.metrics);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    failures.failed(error);
    const a = context.activity;
    logger.error(
      {
        err: describeError(error, secrets),
        activityId: a.id,
        activityType: a.type,
        conversationType: a.conversation?.conversationType,
        conversationId: a.conversation?.id,
      },
      'teams: turn failed',
    );
    await context.sendActivity(renderText(APOLOGY)).catch((sendError: unknown) => {
      logger.warn({ activityId: a.id, err: describeError(sendError, secrets) }, 'teams: apology could not be sent');
    });
  };
  // Replies never echo control/bidi characters or more than ~100 characters of the user's text.
  const bot = new TeamsBot({
    assistant: failures.wrap(safeAssistant(options.assistant)),
    store: options.store,
    logger,
    secrets,
    ...(options.knowledge && { knowledge: options.knowledge }),
    ...(options.onboarding && { onboarding: options.onboarding }),
    ...(options.onboarding &&
      options.expertsConversationId && {
        experts: { onboarding: options.onboarding, conversationId: options.expertsConversationId, adapter, appId: teams.appId },
      }),
  });

  const turns = new Set<Promise<void>>();
  const router = express.Router();
  router.post(
    '/',
    express.json({ limit: '1mb' }),
    messagesHandler({
      adapter,
      auth,
      authenticated: Boolean(teams.appId),
      logger,
      secrets,
      run: (context) => bot.run(context),
      onReject: (reason) => failures.rejected(reason),
      onFailure: (error) => failures.failed(error),
      ackFirst: (activity) => {
        const incoming = activity.type === 'message' ? toIncoming(activity) : undefined;
        return incoming !== undefined && isQuestionOnly(incoming);
      },
      // At most 64 turns after their 200 (as Slack's work slots): past that the next 200 waits for one to end.
      slots: new WorkSlots(),
      track: (turn) => {
        turns.add(turn);
        void turn.finally(() => turns.delete(turn));
      },
      // Unauthenticated local mode must not relay: replies only to loopback, never to this server itself.
      refuse: teams.appId ? undefined : (activity, req) => localServiceUrlProblem(activity.serviceUrl, [req.socket.localPort ?? 0]),
    }),
  );
  router.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    const status = error.status ?? 500;
    if (status < 400 || status >= 500) return next(error);
    res.status(status).json({ error: error.type === 'entity.parse.failed' ? 'invalid JSON' : 'invalid request body' });
  });
  http.app.use(MESSAGES_PATH, router);
  const settled = async () => {
    while (turns.size > 0) await Promise.allSettled([...turns]);
  };
  return { adapter, bot, settled };
}
