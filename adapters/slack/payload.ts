// The shapes of Slack request bodies the adapter accepts, checked before Bolt sees them: Bolt
// dereferences `event.type`, `user.id` and `actions[0]` unchecked, so a signed but malformed body
// used to become a 500 or a 3-second wait. Anything else is refused (HTTP 400, or dropped in Socket Mode).
import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

const Id = z.string().min(1);
const User = z.looseObject({ id: Id });

const EventCallback = z.looseObject({ type: z.literal('event_callback'), event: z.looseObject({ type: Id }) });
const UrlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() });
const RateLimited = z.looseObject({ type: z.literal('app_rate_limited') });
const SslCheck = z.looseObject({ ssl_check: z.string() });
const SlashCommand = z.looseObject({
  command: z.string().regex(/^\/\S+$/),
  user_id: Id,
  text: z.string().optional(),
  response_url: z.string().optional(),
});
const BlockActions = z.looseObject({
  type: z.literal('block_actions'),
  user: User,
  actions: z.array(z.looseObject({ action_id: Id })).min(1),
});
/** The message shortcut (shortcut.ts) reads the channel and the chosen message. */
const MessageAction = z.looseObject({
  type: z.literal('message_action'),
  callback_id: Id,
  user: User,
  channel: z.looseObject({ id: Id }),
  message: z.looseObject({}),
});
/** Interactive payloads other listeners (shortcuts, modals) may handle; they need a user at least. */
const OtherInteractive = z.looseObject({
  type: z.enum(['view_submission', 'view_closed', 'shortcut', 'message_action', 'block_suggestion', 'interactive_message']),
  user: User,
});

/** What a body is, for routing and replay protection; `error` when it is none of the accepted shapes. */
export type SlackBodyKind =
  { kind: 'event' | 'url_verification' | 'ssl_check' | 'rate_limited' | 'command' | 'interactive' } | { kind: 'invalid'; error: string };

export function classifySlackBody(body: unknown): SlackBodyKind {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'invalid', error: 'body is not an object' };
  const type = (body as { type?: unknown }).type;
  if (type === 'event_callback') return check(EventCallback, body, 'event');
  if (type === 'url_verification') return check(UrlVerification, body, 'url_verification');
  if (type === 'app_rate_limited') return check(RateLimited, body, 'rate_limited');
  if (type === 'block_actions') return check(BlockActions, body, 'interactive');
  if (type === 'message_action') return check(MessageAction, body, 'interactive');
  if (typeof type === 'string') return check(OtherInteractive, body, 'interactive');
  if ('command' in body) return check(SlashCommand, body, 'command');
  if ('ssl_check' in body) return check(SslCheck, body, 'ssl_check');
  return { kind: 'invalid', error: 'not a Slack event, command or interaction' };
}

function check(schema: z.ZodType, body: unknown, kind: Exclude<SlackBodyKind['kind'], 'invalid'>): SlackBodyKind {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { kind };
  const first = parsed.error.issues[0];
  return { kind: 'invalid', error: `${kind}: ${first?.path.join('.') || 'body'} ${first?.message ?? 'is invalid'}` };
}

/**
 * Parse a raw body the way Bolt's receiver does (form with an optional `payload` JSON field, or
 * JSON), so what is checked here is what Bolt will see. Throws on bodies that are not parseable.
 */
export function parseSlackBody(raw: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseQuery(raw);
    if (typeof form.payload === 'string') return JSON.parse(form.payload) as unknown;
    return { ...form };
  }
  return JSON.parse(raw) as unknown;
}
