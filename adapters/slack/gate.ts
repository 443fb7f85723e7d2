// The door in front of Bolt on POST /slack/events (HTTP mode): reads the body once, checks the
// signature with a ±5-minute window, refuses malformed payloads with 400 and acknowledges replayed
// commands and presses without running them again. Bolt then reuses the body it was handed.
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { SessionStore } from '../../src/index.js';
import { describeError } from '../shared/errors.js';
import { keys } from './ids.js';
import type { AdapterLogger } from '../shared/log.js';
import { classifySlackBody, parseSlackBody } from './payload.js';
import { SIGNATURE_WINDOW_SECONDS, verifySlackSignature } from './verify.js';

/** Why a request was turned away (a metric label). */
export type RejectReason = 'unsigned' | 'bad_signature' | 'outside_window' | 'malformed' | 'replay' | 'too_large';

export interface GateOptions {
  signingSecret: string;
  /** Replay claims, shared by replicas like the event dedupe. */
  store: Pick<SessionStore, 'claim'>;
  log: AdapterLogger;
  /** Clock in ms. Default Date.now. */
  now?: () => number;
  /** Called for every refused or ignored request. Default: nothing. */
  onReject?: (reason: RejectReason) => void;
  /** Largest body accepted. Default 1 MB (Slack's payloads are a few KB). */
  bodyLimit?: string | number;
}

/** How long a command or press is remembered against replays: the signature window on both sides. */
const REPLAY_TTL_MS = 2 * SIGNATURE_WINDOW_SECONDS * 1000;

export function slackGate(options: GateOptions): RequestHandler[] {
  const now = options.now ?? Date.now;
  const reject = (res: Response, status: number, reason: RejectReason, error: string) => {
    options.onReject?.(reason);
    res.status(status).json({ error });
  };
  const raw = express.raw({ type: () => true, limit: options.bodyLimit ?? '1mb' });
  const gate: RequestHandler = async (req, res, next) => {
    if (req.method !== 'POST') return next();
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
    const signature = header('x-slack-signature');
    const checked = verifySlackSignature({
      secret: options.signingSecret,
      body,
      signature,
      timestamp: header('x-slack-request-timestamp'),
      nowMs: now(),
    });
    if (!checked.ok) {
      options.log.info({ reason: checked.reason }, 'slack: request refused: signature check failed');
      const reason =
        checked.reason === 'outside_window' ? 'outside_window' : checked.reason === 'bad_signature' ? 'bad_signature' : 'unsigned';
      return reject(res, 401, reason, 'invalid signature');
    }
    let parsed: unknown;
    try {
      parsed = parseSlackBody(body.toString('utf8'), header('content-type'));
    } catch {
      return reject(res, 400, 'malformed', 'body is not valid JSON or form data');
    }
    const shape = classifySlackBody(parsed);
    if (shape.kind === 'invalid') {
      options.log.info({ problem: shape.error }, 'slack: malformed payload refused');
      return reject(res, 400, 'malformed', 'malformed Slack payload');
    }
    if (shape.kind === 'rate_limited') return void res.status(200).end();
    if ((shape.kind === 'command' || shape.kind === 'interactive') && signature) {
      // Byte-identical replays carry the same signature; a store failure must not block real requests.
      const first = await options.store.claim(keys.request(signature), REPLAY_TTL_MS).catch((error: unknown) => {
        options.log.warn({ err: describeError(error) }, 'slack: replay check unavailable; request processed');
        return true;
      });
      if (!first) {
        options.log.info({ kind: shape.kind }, 'slack: replayed request ignored');
        options.onReject?.('replay');
        return void res.status(200).end();
      }
    }
    // Bolt's receiver takes `rawBody` as the body it would otherwise read from the stream.
    (req as Request & { rawBody?: Buffer }).rawBody = body;
    next();
  };
  const tooLarge = (error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    const status = error.status ?? 500;
    if (status < 400 || status >= 500) return next(error);
    reject(res, status, status === 413 ? 'too_large' : 'malformed', status === 413 ? 'body too large' : 'unreadable body');
  };
  return [raw, gate, tooLarge as unknown as RequestHandler];
}
