// Events API listeners: @mention in a channel (answer in its thread), DMs, and follow-ups in threads
// the bot answered. Redeliveries are dropped by event_id; bots, edits and deletes are ignored.
import type { AllMiddlewareArgs, App, Context } from '@slack/bolt';
import type { Incoming } from '../../src/index.js';
import { fromSlackText } from './escape.js';
import { coreUserId, keys } from './ids.js';
import { renderReply } from './render.js';
import { guarded, type SlackDeps } from './safe.js';

/** How long an event_id / message is remembered for dedupe (Slack retries within minutes). Default 6 h. */
export const EVENT_TTL_MS = 6 * 3_600_000;
/** How long a thread the bot answered keeps accepting follow-ups without a mention. Default 30 days. */
export const THREAD_TTL_MS = 30 * 24 * 3_600_000;

/** The fields of message / app_mention events the adapter reads (events, the agent pane, experts). */
export interface MessageLike {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
  team?: string;
  edited?: unknown;
}

type Client = AllMiddlewareArgs['client'];

export function registerEvents(app: App, deps: SlackDeps): void {
  // Drop redeliveries (X-Slack-Retry-Num, Socket Mode retry_attempt): one reply per event_id, across replicas.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await deps.store.claim(keys.event(eventId), EVENT_TTL_MS))) {
      deps.log.debug({ eventId }, 'slack: duplicate event dropped');
      return;
    }
    await next();
  });

  app.event('app_mention', async ({ event, context, client }) => {
    const e = event as unknown as MessageLike;
    if (!isFromPerson(e, context) || e.edited) return;
    await answer(deps, client, context, e, e.thread_ts ?? e.ts);
  });

  app.event('message', async ({ event, context, client }) => {
    const e = event as unknown as MessageLike;
    if (!isFromPerson(e, context)) return;
    if (e.channel_type === 'im') return answer(deps, client, context, e, e.thread_ts);
    // Mentions are answered by app_mention; only replies inside a thread the bot answered are read.
    if (context.botUserId && e.text?.includes(`<@${context.botUserId}`)) return;
    if (!e.thread_ts || e.thread_ts === e.ts) return;
    if (!(await deps.store.has(keys.thread(e.channel, e.thread_ts)))) return;
    await answer(deps, client, context, e, e.thread_ts);
  });
}

/** A person's new message: no bot (ourselves included), no edit/delete/join or other subtype. */
function isFromPerson(e: MessageLike, context: Context): e is MessageLike & { user: string } {
  if (typeof e.channel !== 'string' || typeof e.ts !== 'string') return false;
  if (e.subtype !== undefined && e.subtype !== 'thread_broadcast') return false;
  if (e.bot_id || typeof e.user !== 'string' || !e.user) return false;
  return e.user !== context.botUserId;
}

/** Answer one message once, in `threadTs` when given, and remember the thread for follow-ups. */
async function answer(
  deps: SlackDeps,
  client: Client,
  context: Context,
  e: MessageLike & { user: string },
  threadTs: string | undefined,
): Promise<void> {
  if (!(await deps.store.claim(keys.message(e.channel, e.ts), EVENT_TTL_MS))) return;
  const incoming: Incoming = {
    platform: 'slack',
    userId: coreUserId(context.teamId ?? e.team, e.user),
    rawUserId: e.user,
    text: fromSlackText(e.text ?? '', context.botUserId),
  };
  const where = { channel: e.channel, ...(threadTs ? { thread_ts: threadTs } : {}) };
  const logContext = { event: e.type, channel: e.channel, user: e.user, ts: e.ts };
  await guarded(
    deps,
    `event ${e.type}`,
    logContext,
    async () => {
      const reply = await deps.assistant.handle(incoming);
      if (threadTs) await deps.store.claim(keys.thread(e.channel, threadTs), THREAD_TTL_MS);
      const message = renderReply(reply);
      if (reply.private && e.channel_type !== 'im') {
        await client.chat.postEphemeral({ ...where, user: e.user, ...message });
      } else {
        await client.chat.postMessage({ ...where, ...message, unfurl_links: false, unfurl_media: false });
      }
    },
    (text) => client.chat.postMessage({ ...where, text }),
  );
}
