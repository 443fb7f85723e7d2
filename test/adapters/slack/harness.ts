// Starts the whole Slack path for a test: fake Slack Web API, shared HTTP server on a free port,
// the adapter in HTTP mode pointed at the fake, and builders for signed events, commands and clicks.
import { afterEach, beforeEach } from 'vitest';
import { createHttpServer } from '../../../adapters/http/server.js';
import { createSlackApp, type SlackAdapter, type SlackAppOptions } from '../../../adapters/slack/app.js';
import { silentLogger, type AdapterLogger } from '../../../adapters/shared/log.js';
import type { Assistant, Incoming, KnowledgeHolder, SessionStore } from '../../../src/index.js';
import { createRuntime, loadConfig } from '../../../src/index.js';
import { createAssistant, MemoryStore } from '../../../src/testing.js';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js';
import { sendAction, sendCommand, sendEvent, type SignOptions } from '../../helpers/slack-sign.js';

export const SECRET = 'test-signing-secret';
/** Slack call limits for tests: failures surface in milliseconds instead of seconds. */
export const FAST_WEB_API = { timeoutMs: 2000, retries: 1, retryMinDelayMs: 10 };
export const TEAM = 'T1';

export interface Harness {
  slack: FakeSlack;
  adapter: SlackAdapter;
  store: SessionStore;
  /** `http://127.0.0.1:<port>/slack/events`. */
  endpoint: string;
  event(event: Record<string, unknown>, options?: SignOptions & { eventId?: string }): Promise<Response>;
  command(command: '/kafka' | '/kafka-quiz', text: string, user?: string): Promise<{ res: Response; responseUrl: string }>;
  click(button: Button, where: ClickWhere): Promise<{ res: Response; responseUrl: string }>;
  /** A signed interactivity payload as is (`message_action`, `shortcut`, …). */
  interact(payload: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

export interface Button {
  action_id: string;
  value?: string;
  text: { text: string };
  /** The element Slack reports as pressed: `button`, or `feedback_buttons` for 👍/👎. Default button. */
  type?: string;
}

export interface ClickWhere {
  user: string;
  channel?: string;
  /** The message carrying the button (omit for ephemeral messages). */
  message?: { ts: string; thread_ts?: string; blocks?: unknown };
  ephemeral?: boolean;
}

let eventSeq = 0;
let knowledge: Promise<KnowledgeHolder> | undefined;

/** The bundled knowledge/, loaded once per test file. */
export function bundledKnowledge(): Promise<KnowledgeHolder> {
  knowledge ??= createRuntime(loadConfig({ KNOWLEDGE_DIR: 'knowledge' }), { store: new MemoryStore() }).then((r) => r.knowledge);
  return knowledge;
}

/** The real assistant on the bundled knowledge/ with its own store. */
export async function realAssistant(store: SessionStore): Promise<Assistant> {
  return createAssistant({ knowledge: await bundledKnowledge(), store, random: () => 0.5 });
}

/** Wrap an assistant to record every message it is handed. */
export function spy(assistant: Assistant): Assistant & { calls: Incoming[] } {
  const calls: Incoming[] = [];
  return { calls, handle: (message) => (calls.push(message), assistant.handle(message)) };
}

/** Extra adapter options for a harness (metrics, other call limits, the notes for the agent pane, onboarding). */
export type HarnessOptions = Pick<SlackAppOptions, 'metrics' | 'webApi' | 'knowledge' | 'onboarding'>;

export async function startHarness(
  assistant: Assistant,
  store: SessionStore = new MemoryStore(),
  logger: AdapterLogger = silentLogger,
  options: HarnessOptions = {},
): Promise<Harness> {
  const slack = await startFakeSlack();
  const http = createHttpServer();
  const adapter = createSlackApp({
    assistant,
    store,
    http,
    logger,
    slack: { botToken: 'xoxb-test-token', signingSecret: SECRET, apiUrl: slack.apiUrl },
    webApi: FAST_WEB_API,
    ...options,
  });
  await adapter.start();
  const port = await http.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${port}/slack/events`;
  return {
    slack,
    adapter,
    store,
    endpoint,
    event(event, options = {}) {
      const eventId = options.eventId ?? `Ev${++eventSeq}`;
      const envelope = {
        token: 'legacy',
        team_id: TEAM,
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: eventId,
        event_time: 1700000000,
        event: { event_ts: event.ts, ...event },
      };
      return sendEvent(endpoint, SECRET, envelope, options);
    },
    async command(command, text, user = 'U1') {
      const responseUrl = slack.responseUrl();
      const res = await sendCommand(endpoint, SECRET, {
        token: 'legacy',
        team_id: TEAM,
        team_domain: 'fake',
        channel_id: 'C1',
        channel_name: 'kafka',
        user_id: user,
        user_name: `name-${user}`,
        command,
        text,
        api_app_id: 'A1',
        response_url: responseUrl,
        trigger_id: `trig-${++eventSeq}`,
      });
      return { res, responseUrl };
    },
    async click(button, where) {
      const responseUrl = slack.responseUrl();
      const channel = where.channel ?? 'C1';
      const container = where.ephemeral
        ? { type: 'message', message_ts: `eph-${++eventSeq}`, channel_id: channel, is_ephemeral: true }
        : { type: 'message', message_ts: where.message?.ts, channel_id: channel, is_ephemeral: false };
      const payload = {
        type: 'block_actions',
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: `trig-${++eventSeq}`,
        team: { id: TEAM, domain: 'fake' },
        user: { id: where.user, username: `name-${where.user}`, name: `name-${where.user}`, team_id: TEAM },
        channel: { id: channel, name: 'kafka' },
        container,
        response_url: responseUrl,
        ...(where.message && !where.ephemeral ? { message: { type: 'message', text: '', ...where.message } } : {}),
        actions: [
          {
            type: button.type ?? 'button',
            block_id: 'b',
            action_id: button.action_id,
            value: button.value,
            text: { type: 'plain_text', text: button.text.text },
            action_ts: `${Date.now() / 1000}`,
          },
        ],
      };
      const res = await sendAction(endpoint, SECRET, payload);
      return { res, responseUrl };
    },
    interact: (payload) => sendAction(endpoint, SECRET, payload),
    async close() {
      await adapter.stop();
      await http.close();
      await slack.close();
    },
  };
}

/** The buttons of the quiz's O/X actions block. */
export function quizButtons(blocks: unknown): Button[] {
  if (!Array.isArray(blocks)) return [];
  const block = blocks.find((b: { type?: string; block_id?: string }) => b.type === 'actions' && b.block_id?.startsWith('quiz:'));
  return block ? buttonsIn([block]) : [];
}

interface FeedbackElement {
  type: 'feedback_buttons';
  action_id: string;
  positive_button: { text: { text: string }; value: string };
  negative_button: { text: { text: string }; value: string };
}

/** Every button in a list of blocks: actions rows, section accessories, and 👍/👎 of a feedback element. */
export function buttonsIn(blocks: unknown): Button[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((b: { type?: string; elements?: Array<{ type?: string }>; accessory?: { type?: string } }) => {
    if (b.type === 'actions') return (b.elements ?? []).filter((e) => e.type === 'button') as unknown as Button[];
    if (b.type === 'section' && b.accessory?.type === 'button') return [b.accessory as unknown as Button];
    if (b.type !== 'context_actions') return [];
    return (b.elements ?? [])
      .filter((e): e is FeedbackElement => e.type === 'feedback_buttons')
      .flatMap((e) =>
        [e.positive_button, e.negative_button].map((p) => ({ type: e.type, action_id: e.action_id, value: p.value, text: p.text })),
      );
  });
}

/** Every mrkdwn / plain text string in a message, joined, for content assertions. */
export function textOf(value: unknown): string {
  return JSON.stringify(value);
}

/** The harness of the current test and its assistant (read them inside tests). */
export interface HarnessPerTest<A extends Assistant> {
  readonly h: Harness;
  readonly assistant: A;
}

/** Before each test, a fresh store, `make(store)`'s assistant and a harness on both; closed after. */
export function useHarness<A extends Assistant>(make: (store: SessionStore) => A | Promise<A>): HarnessPerTest<A> {
  let current: { h: Harness; assistant: A } | undefined;
  beforeEach(async () => {
    const store = new MemoryStore();
    const assistant = await make(store);
    current = { h: await startHarness(assistant, store), assistant };
  });
  afterEach(async () => {
    await current?.h.close();
    current = undefined;
  });
  const get = () => {
    if (!current) throw new Error('useHarness: read it inside a test');
    return current;
  };
  return {
    get h() {
      return get().h;
    },
    get assistant() {
      return get().assistant;
    },
  };
}
