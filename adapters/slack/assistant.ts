// Slack's agent pane (Bolt `Assistant`): a new thread gets suggested prompts (main subjects + a quiz),
// each question shows "노트를 찾는 중…" while the core works, the first one titles the thread, and
// context changes (the channel the user is viewing) are kept in memory instead of Slack round trips.
import { Assistant, type AssistantConfig } from '@slack/bolt';
import type { Incoming, KnowledgeHolder } from '../../src/index.js';
import { clipGraphemes, stripUnsafe } from '../shared/text.js';
import { fromSlackText } from './escape.js';
import { EVENT_TTL_MS, THREAD_TTL_MS, type MessageLike } from './events.js';
import { coreUserId, keys } from './ids.js';
import { describeError } from '../shared/errors.js';
import { suggestedPrompts } from './prompts.js';
import { renderReply } from './render.js';
import { guarded, type SlackDeps } from './safe.js';

export const STATUS_SEARCHING = '노트를 찾는 중…';
/** What the pane rotates through while the core works. */
export const LOADING_MESSAGES = ['노트를 찾는 중…', '맞는 섹션을 읽는 중…', '답을 정리하는 중…'];
export const WELCOME = '안녕하세요! 팀의 Kafka 운영 노트에서 답을 찾아 드려요. 아래에서 골라 보거나 그냥 물어보세요.';
const TITLE_MAX = 60;

type ContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type ThreadContext = Awaited<ReturnType<ContextStore['get']>>;

/** Where the user is looking, per assistant thread; bounded, newest kept (the context is only a hint). */
function memoryContextStore(max = 1000): ContextStore {
  const contexts = new Map<string, ThreadContext>();
  const keyOf = (payload: unknown): string => {
    const p = payload as { assistant_thread?: { channel_id?: string; thread_ts?: string }; channel?: string; thread_ts?: string };
    return `${p.assistant_thread?.channel_id ?? p.channel ?? ''}:${p.assistant_thread?.thread_ts ?? p.thread_ts ?? ''}`;
  };
  return {
    async get({ payload }) {
      return contexts.get(keyOf(payload)) ?? {};
    },
    async save({ payload }) {
      const context = (payload as { assistant_thread?: { context?: ThreadContext } }).assistant_thread?.context ?? {};
      const key = keyOf(payload);
      contexts.delete(key);
      contexts.set(key, context);
      if (contexts.size > max) contexts.delete(contexts.keys().next().value as string);
    },
  };
}

/** The Assistant for `app.assistant()`; `knowledge` feeds the suggested prompts (none without it). */
export function createAgentPane(deps: SlackDeps, knowledge?: KnowledgeHolder): Assistant {
  const contextStore = memoryContextStore();
  return new Assistant({
    threadContextStore: contextStore,
    threadStarted: async ({ event, say, setSuggestedPrompts }) => {
      const where = { event: 'assistant_thread_started', channel: event.assistant_thread.channel_id, user: event.assistant_thread.user_id };
      await guarded(
        deps,
        'assistant_thread_started',
        where,
        async () => {
          await say(WELCOME);
          await setSuggestedPrompts({ title: '이런 걸 물어볼 수 있어요', prompts: suggestedPrompts(knowledge?.current) });
        },
        async () => undefined,
      );
    },
    threadContextChanged: async (args) => {
      await contextStore.save(args);
    },
    userMessage: async ({ message, client, context, setStatus, setTitle }) => {
      const m = message as unknown as MessageLike;
      if (m.bot_id || !m.user || m.user === context.botUserId || m.subtype !== undefined) return;
      if (!(await deps.store.claim(keys.message(m.channel, m.ts), EVENT_TTL_MS))) return;
      const text = fromSlackText(m.text ?? '', context.botUserId);
      const threadTs = m.thread_ts ?? m.ts;
      const incoming: Incoming = { platform: 'slack', userId: coreUserId(context.teamId ?? m.team, m.user), rawUserId: m.user, text };
      const logContext = { event: 'assistant message', channel: m.channel, user: m.user, ts: m.ts };
      // Status and title are decoration: a DM thread outside the pane (or a plan without it) rejects them.
      const decorate = (what: string, call: () => Promise<unknown>) =>
        call().catch((error: unknown) =>
          deps.log.debug({ ...logContext, what, err: describeError(error, deps.secrets) }, 'slack: assistant decoration skipped'),
        );
      await guarded(
        deps,
        'assistant message',
        logContext,
        async () => {
          if (text && (await deps.store.claim(`slack:assistant-title:${m.channel}:${threadTs}`, THREAD_TTL_MS))) {
            // The title shows the user's text back: no control or bidi characters, cut between graphemes.
            await decorate('setTitle', () => setTitle(clipGraphemes(stripUnsafe(text), TITLE_MAX)));
          }
          await decorate('setStatus', () => setStatus({ status: STATUS_SEARCHING, loading_messages: LOADING_MESSAGES }));
          const reply = await deps.assistant.handle(incoming);
          await client.chat.postMessage({
            channel: m.channel,
            thread_ts: threadTs,
            ...renderReply(reply),
            unfurl_links: false,
            unfurl_media: false,
          });
        },
        (apology) => client.chat.postMessage({ channel: m.channel, thread_ts: threadTs, text: apology }),
      );
    },
  });
}
