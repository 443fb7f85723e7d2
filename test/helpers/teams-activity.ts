// Builders for Bot Framework activities as Teams sends them, and a poster for /api/messages, shared
// by the Teams e2e tests. Ids are unique per call so dedupe only kicks in when a test repeats one.
import type { ConnectorCall } from './fake-connector.js';

export const BOT = { id: '28:kafka-bot', name: 'Kafka Bot' };
export const ALICE = { id: '29:alice', name: 'Alice', aadObjectId: 'aad-alice' };
export const BOB = { id: '29:bob', name: 'Bob', aadObjectId: 'aad-bob' };

let counter = 0;

export type ActivityJson = Record<string, unknown>;

export function messageActivity(serviceUrl: string, overrides: ActivityJson = {}): ActivityJson {
  counter += 1;
  return {
    type: 'message',
    id: `incoming-${counter}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: ALICE,
    recipient: BOT,
    conversation: { id: 'a:personal-alice', conversationType: 'personal', tenantId: 'tenant-1' },
    text: 'ISR이 뭐야?',
    ...overrides,
  };
}

/** A channel message that @mentions the bot, as Teams delivers it. */
export function channelMention(serviceUrl: string, text: string, overrides: ActivityJson = {}): ActivityJson {
  const mention = `<at>${BOT.name}</at>`;
  return messageActivity(serviceUrl, {
    text: `${mention} ${text}`,
    entities: [
      { type: 'mention', text: mention, mentioned: BOT },
      { type: 'clientInfo', locale: 'ko-KR' },
    ],
    conversation: { id: '19:ops@thread.tacv2;messageid=1700000000000', conversationType: 'channel', tenantId: 'tenant-1' },
    ...overrides,
  });
}

export async function post(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface CardJson {
  type: string;
  version: string;
  body: Array<Record<string, unknown>>;
  actions?: Array<{ type: string; title: string; data?: unknown }>;
  fallbackText?: string;
}

/** The Adaptive Card a recorded call carries, or throws. */
export function cardOf(call: ConnectorCall | undefined): CardJson {
  const attachments = call?.body.attachments as Array<{ contentType: string; content: CardJson }> | undefined;
  const first = attachments?.[0];
  if (!first || first.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`no adaptive card in ${JSON.stringify(call?.body)}`);
  }
  return first.content;
}

/** Every Action.Submit in the card, nested ActionSets included. */
export function submitActions(card: CardJson): Array<{ title: string; data: unknown }> {
  const found: Array<{ title: string; data: unknown }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Submit') found.push({ title: String(o.title), data: o.data });
      Object.values(o).forEach(visit);
    }
  };
  visit(card.body);
  visit(card.actions ?? []);
  return found;
}

/** All TextBlock/Fact text of a card, joined, for `toContain` assertions. */
export function cardText(card: CardJson): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
      if (typeof o.title === 'string' && typeof o.value === 'string') texts.push(`${o.title}: ${o.value}`);
      Object.entries(o).forEach(([k, v]) => k !== 'data' && visit(v));
    }
  };
  visit(card.body);
  return texts.join('\n');
}

let invokes = 0;

/** An invoke activity as Teams posts it (`composeExtension/query`, `adaptiveCard/action`, …). */
export function invokeActivity(serviceUrl: string, name: string, value: unknown, overrides: ActivityJson = {}): ActivityJson {
  return messageActivity(serviceUrl, {
    type: 'invoke',
    name,
    value,
    text: undefined,
    id: `invoke-${++invokes}`,
    channelData: { tenant: { id: 'tenant-1' }, source: { name: 'compose' } },
    entities: [{ type: 'clientInfo', locale: 'ko-KR', country: 'KR', platform: 'Web' }],
    ...overrides,
  });
}

/** adaptiveCard/action for an Action.Execute press (trigger manual) or a refresh (trigger automatic). */
export function executeActivity(
  serviceUrl: string,
  verb: string,
  data: unknown,
  where: { from: object; conversation?: object; replyToId?: string; trigger?: 'manual' | 'automatic' },
): ActivityJson {
  return invokeActivity(
    serviceUrl,
    'adaptiveCard/action',
    { action: { type: 'Action.Execute', id: `act-${invokes}`, verb, data }, trigger: where.trigger ?? 'manual' },
    { from: where.from, ...(where.conversation && { conversation: where.conversation }), replyToId: where.replyToId },
  );
}

/** POST an invoke and read the body Teams would get back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the invoke body is untyped Teams JSON
export async function invokeBody<T = Record<string, any>>(baseUrl: string, activity: ActivityJson): Promise<{ status: number; body: T }> {
  const res = await post(baseUrl, activity);
  return { status: res.status, body: (await res.json()) as T };
}

export interface ExecuteButton {
  type: string;
  title: string;
  verb?: string;
  style?: string;
  data: unknown;
  fallback?: { type: string };
}

/** The card's Action.Execute buttons (its actions row). */
export function executeButtons(card: CardJson): ExecuteButton[] {
  return ((card.actions ?? []) as ExecuteButton[]).filter((a) => a.type === 'Action.Execute');
}
