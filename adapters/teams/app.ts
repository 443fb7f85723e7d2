// Wires the Teams bot onto the shared HTTP server: CloudAdapter with Bot Framework authentication from
// TeamsConfig, POST /api/messages with JSON parsing and a 400 for bodies that are not activities,
// and onTurnError. The only place that builds botbuilder objects.
import express, { type NextFunction, type Request, type Response } from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { KafkaBotError, type Assistant, type KnowledgeHolder, type Onboarding, type SessionStore, type TeamsConfig } from '../../src/index.js';
import type { HttpServer } from '../http/server.js';
import { TeamsBot, describeError } from './bot.js';
import { consoleLogger, type TeamsLogger } from './logger.js';
import { renderText } from './render.js';

export interface TeamsAppOptions {
  assistant: Assistant;
  /** Activity-id dedupe (`claim`); the app's SessionStore. */
  store: Pick<SessionStore, 'claim'>;
  teams: TeamsConfig;
  /** The one shared HTTP server; `/api/messages` is mounted on its app. */
  http: HttpServer;
  /** Default: console. */
  logger?: TeamsLogger;
  /** The notes the search message extension searches. Default: search unavailable. */
  knowledge?: KnowledgeHolder;
  /** Welcome for people added to a team. Default: off. */
  onboarding?: Onboarding;
  /** TEAMS_EXPERTS_CONVERSATION_ID: where "전문가에게 물어보기" posts. Default: off. */
  expertsConversationId?: string;
}

export interface TeamsApp {
  adapter: CloudAdapter;
  bot: TeamsBot;
}

export const MESSAGES_PATH = '/api/messages';
const APOLOGY = '죄송해요, 답변하는 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요.';

/** The minimum a Bot Framework activity must have before botbuilder sees it. */
const ActivityBody = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.string().refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'must be an http(s) URL'),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
});

/** Build the adapter and bot and mount POST /api/messages; throws CONFIG_INVALID without an app id unless local. */
export function createTeamsApp(options: TeamsAppOptions): TeamsApp {
  const { teams, http } = options;
  const logger = options.logger ?? consoleLogger;
  if (!teams.appId && !teams.local) {
    throw new KafkaBotError(
      'CONFIG_INVALID',
      'invalid configuration: MICROSOFT_APP_ID is required for Teams (set TEAMS_LOCAL=1 only for local testing without authentication)',
    );
  }
  if (!teams.appId) {
    logger.warn(
      { path: MESSAGES_PATH },
      '!!! TEAMS_LOCAL=1: Teams adapter running WITHOUT authentication. Anyone who can reach this port can talk to the bot. Local testing only, never in production !!!',
    );
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: teams.appId,
    MicrosoftAppPassword: teams.appType === 'UserAssignedMSI' ? undefined : teams.appPassword,
    MicrosoftAppType: teams.appType,
    MicrosoftAppTenantId: teams.tenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const a = context.activity;
    logger.error(
      {
        err: describeError(error),
        activityId: a.id,
        activityType: a.type,
        conversationType: a.conversation?.conversationType,
        conversationId: a.conversation?.id,
      },
      'teams: turn failed',
    );
    await context.sendActivity(renderText(APOLOGY)).catch((sendError: unknown) => {
      logger.warn({ activityId: a.id, err: describeError(sendError) }, 'teams: apology could not be sent');
    });
  };
  const bot = new TeamsBot({
    assistant: options.assistant,
    store: options.store,
    logger,
    ...(options.knowledge && { knowledge: options.knowledge }),
    ...(options.onboarding && { onboarding: options.onboarding }),
    ...(options.onboarding && options.expertsConversationId && {
      experts: { onboarding: options.onboarding, conversationId: options.expertsConversationId, adapter, appId: teams.appId },
    }),
  });

  const router = express.Router();
  router.post('/', express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    if (!ActivityBody.safeParse(req.body).success) {
      res.status(400).json({ error: 'body is not a Bot Framework activity' });
      return;
    }
    if (teams.appId && !req.headers.authorization) {
      // botbuilder would refuse it too, but with a stack trace on stderr for every stray probe
      logger.info({ path: MESSAGES_PATH }, 'teams: request without a token refused');
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: describeError(error) }, 'teams: request failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    }
  });
  router.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    const status = error.status ?? 500;
    if (status < 400 || status >= 500) return next(error);
    res.status(status).json({ error: error.type === 'entity.parse.failed' ? 'invalid JSON' : 'invalid request body' });
  });
  http.app.use(MESSAGES_PATH, router);
  return { adapter, bot };
}
