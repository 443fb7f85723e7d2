// Forged and unverifiable Bot Framework tokens (issue 10 #5): alg none, HS256 signed with the app
// password, RS256 with a bogus signature, and a key endpoint that cannot be reached all get 401
// with a generic body, one log line and nothing on stderr; a properly signed token is accepted.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createTeamsApp } from '../../../adapters/teams/app.js';
import { recordingLogger } from '../../helpers/logs.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { claimStore } from '../../helpers/claim-store.js';
import { channelClaims, newKeyPair, signHs256, signRs256, startFakeOpenId, unsigned, type FakeOpenId } from '../../helpers/bot-token.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { channelMention, messageActivity, post } from '../../helpers/teams-activity.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const PASSWORD = 'app-password-not-a-real-secret';
const teams = { appId: APP_ID, appPassword: PASSWORD, appType: 'MultiTenant' as const, local: false };
const published = newKeyPair('published-key');
const impostor = newKeyPair('published-key');

/** A Teams app on its own server whose tokens are checked against `metadataUrl`. */
async function startTeams(metadataUrl: string) {
  const logger = recordingLogger();
  const lines = logger.lines;
  const http: HttpServer = createHttpServer({ ready: async () => true });
  const assistant = createFakeAssistant();
  createTeamsApp({ assistant, store: claimStore(), teams, http, logger, openIdMetadata: { channel: metadataUrl, emulator: metadataUrl } });
  const base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  return { http, base, lines, assistant };
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

let connector: FakeConnector;
let openId: FakeOpenId;
let good: Awaited<ReturnType<typeof startTeams>>;
let unreachable: Awaited<ReturnType<typeof startTeams>>;

beforeAll(async () => {
  connector = await startFakeConnector();
  openId = await startFakeOpenId([published]);
  good = await startTeams(openId.metadataUrl);
  unreachable = await startTeams(`http://127.0.0.1:${await closedPort()}/openid`);
});
afterAll(async () => {
  await good?.http.close();
  await unreachable?.http.close();
  await openId?.close();
  await connector?.close();
});

/** POST `activity` with `token`, capturing stderr and console output during the request. */
async function send(target: typeof good, activity: Record<string, unknown>, token: string) {
  const written: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  const consoles = (['error', 'warn', 'log', 'info'] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' '))),
  );
  const before = target.lines.length;
  try {
    const res = await post(target.base, activity, { authorization: `Bearer ${token}` });
    return { status: res.status, body: await res.text(), written, lines: target.lines.slice(before) };
  } finally {
    stderr.mockRestore();
    for (const spy of consoles) spy.mockRestore();
  }
}

describe('Teams: tokens that must not pass', () => {
  const claims = () => channelClaims(APP_ID, connector.serviceUrl);
  const cases: Array<[string, () => typeof good, () => string]> = [
    ['alg none', () => good, () => unsigned(claims(), published.kid)],
    ['HS256 signed with the app password', () => good, () => signHs256(claims(), PASSWORD, published.kid)],
    ['RS256 with a bogus signature', () => good, () => signRs256(claims(), impostor)],
    ['RS256 for another app id', () => good, () => signRs256(channelClaims('someone-else', connector.serviceUrl), published)],
    ['RS256 for another serviceUrl', () => good, () => signRs256(channelClaims(APP_ID, 'http://127.0.0.1:9/'), published)],
    ['a well-signed token while the key endpoint is unreachable', () => unreachable, () => signRs256(claims(), published)],
  ];
  for (const [what, target, token] of cases) {
    it(`${what} → 401, generic body, one log line, nothing on stderr`, async () => {
      const t = target();
      const result = await send(t, messageActivity(connector.serviceUrl, { text: 'ISR이 뭐야?' }), token());
      expect(result.status).toBe(401);
      expect(JSON.parse(result.body)).toEqual({ error: 'unauthorized' });
      expect(result.written).toEqual([]);
      expect(result.lines).toHaveLength(1);
      expect(JSON.stringify(result.lines[0]?.context)).not.toContain('\\n');
      expect(t.assistant.calls).toHaveLength(0);
      expect(connector.calls).toHaveLength(0);
    });
  }
});

describe('Teams: a properly signed token', () => {
  it('is accepted (200) — a channel message without a mention, so nothing is sent back', async () => {
    const activity = channelMention(connector.serviceUrl, 'hi', { text: 'no mention here', entities: [] });
    const result = await send(good, activity, signRs256(channelClaims(APP_ID, connector.serviceUrl), published));
    expect(result.status).toBe(200);
    expect(openId.fetches()).toBeGreaterThan(0);
  });
});
