// POST /api/messages: checks the body is an activity, authenticates it with botbuilder (quietly:
// a refused token is one JSON log line and a generic 401, never upstream text or a stack trace),
// then runs the turn: after the 200 for plain questions (the Bot Connector takes replies any time),
// before it for everything else (200 = stored; invokes return their result). The only caller of processActivity.
import type { Request, Response } from 'express';
import { CloudAdapter, type Activity, type ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { describeError } from '../shared/errors.js';
import type { AdapterLogger } from '../shared/log.js';
import { quietly } from './quiet-console.js';
import type { WorkSlots } from '../shared/slots.js';

/** The minimum a Bot Framework activity must have before botbuilder sees it. */
export const ActivityBody = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.string().refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'must be an http(s) URL'),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) }),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
});

/** Signing algorithms botbuilder accepts for Bot Framework tokens. */
const ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);

type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** CloudAdapter with its turn runner public: the route authenticates first, then runs the turn. */
export class TeamsCloudAdapter extends CloudAdapter {
  runTurn(authenticated: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authenticated, activity, logic);
  }
}

export interface MessagesRoute {
  adapter: TeamsCloudAdapter;
  auth: ConfigurationBotFrameworkAuthentication;
  /** Tokens are required (an app id is configured). */
  authenticated: boolean;
  logger: AdapterLogger;
  /** Redacted from anything logged. Default: none. */
  secrets?: string[];
  run: (context: TurnContext) => Promise<void>;
  /** Extra refusal for a well-formed activity (local mode's serviceUrl rule): a reason, or undefined. */
  refuse?: (activity: Activity, req: Request) => string | undefined;
  /** A request refused (a metric). */
  onReject?: (reason: 'malformed' | 'unauthorized' | 'refused') => void;
  /** The adapter itself failed on a request (a metric). */
  onFailure?: (error: unknown) => void;
  /** Activities answered after their 200 (plain questions); the rest get it once handled (200 = stored). Default: none. */
  ackFirst?: (activity: Activity) => boolean;
  /** Turns running after their 200 at once: past `size`, the next 200 waits (briefly) for a free one. Default: unbounded. */
  slots?: WorkSlots;
  /** A turn that runs after its 200 was sent (graceful stop waits for these). Default: not tracked. */
  track?: (turn: Promise<void>) => void;
}

/** Invokes return their result in the response body, and expectReplies buffers replies into it. */
function needsResponse(activity: Activity): boolean {
  return activity.type === 'invoke' || activity.deliveryMode === 'expectReplies';
}

export function messagesHandler(route: MessagesRoute): (req: Request, res: Response) => Promise<void> {
  const { logger } = route;
  const unauthorized = (res: Response, reason: string, activity?: { id?: unknown; type?: unknown }) => {
    logger.warn({ reason, activityId: activity?.id, activityType: activity?.type }, 'teams: request refused: authentication failed');
    route.onReject?.('unauthorized');
    res.status(401).json({ error: 'unauthorized' });
  };
  return async (req, res) => {
    if (!ActivityBody.safeParse(req.body).success) {
      route.onReject?.('malformed');
      res.status(400).json({ error: 'body is not a Bot Framework activity' });
      return;
    }
    const activity = normalize(req.body as Activity & Record<string, unknown>);
    const refusal = route.refuse?.(activity, req);
    if (refusal) {
      logger.warn({ reason: refusal, activityId: activity.id }, 'teams: activity refused');
      route.onReject?.('refused');
      res.status(400).json({ error: 'activity refused' });
      return;
    }
    const header = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    if (route.authenticated) {
      const problem = tokenShapeProblem(header);
      if (problem) return unauthorized(res, problem, activity);
    }
    const auth = await quietly(() => route.auth.authenticateRequest(activity, header));
    if ('error' in auth) return unauthorized(res, describeError(auth.error, route.secrets).message || 'token rejected', activity);
    if (!needsResponse(activity) && route.ackFirst?.(activity)) {
      // A question is acknowledged first (the Bot Connector takes the reply any time): the answer never
      // holds up the 200s of other requests, and Teams never redelivers a slow one.
      const release = (await route.slots?.acquire()) ?? (() => {});
      res.status(200).end();
      const turn = route.adapter
        .runTurn(auth.value, activity, route.run)
        .then(
          () => undefined,
          (error: unknown) => {
            route.onFailure?.(error);
            logger.error(
              { err: describeError(error, route.secrets), activityId: activity.id },
              'teams: turn failed after its acknowledgement',
            );
          },
        )
        .finally(release);
      route.track?.(turn);
      return;
    }
    try {
      const invoke = await route.adapter.runTurn(auth.value, activity, route.run);
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      res.end();
    } catch (error) {
      // Turn errors went to onTurnError already; this is the adapter itself failing.
      route.onFailure?.(error);
      logger.error({ err: describeError(error, route.secrets), activityId: activity.id }, 'teams: request failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    }
  };
}

/** Why a bearer header cannot be a Bot Framework token, before any key is fetched. */
function tokenShapeProblem(header: string): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(header);
  if (!match) return header ? 'not a bearer JWT' : 'no token';
  try {
    const head = JSON.parse(Buffer.from(match[1] ?? '', 'base64url').toString('utf8')) as { alg?: unknown; kid?: unknown };
    if (typeof head.alg !== 'string' || !ALGORITHMS.has(head.alg)) return `signing algorithm ${String(head.alg).slice(0, 20)} not accepted`;
    if (typeof head.kid !== 'string' || !head.kid) return 'no key id';
    if (!match[3]) return 'no signature';
  } catch {
    return 'unreadable token header';
  }
  return undefined;
}

/** What botbuilder's CloudAdapter.process does to a parsed body: timestamps become Dates. */
function normalize(activity: Activity & Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      (activity as Record<string, unknown>)[field] = new Date(value);
    }
  }
  return activity;
}
