// With MICROSOFT_APP_ID set, /api/messages demands a valid Bot Framework token: a request without one
// is refused with 401 and the bot sends nothing. Without an app id the adapter refuses to start unless local.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createTeamsApp } from '../../../adapters/teams/app.js';
import type { AdapterLogger } from '../../../adapters/shared/log.js';
import { loadConfig } from '../../../src/index.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { claimStore } from '../../helpers/claim-store.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { messageActivity, post } from '../../helpers/teams-activity.js';

// the app's pino logger must fit the adapter's logger type
const quiet: AdapterLogger = pino({ level: 'silent' });

describe('Teams authentication', () => {
  let connector: FakeConnector;
  let http: HttpServer;
  let base: string;
  const assistant = createFakeAssistant();

  beforeAll(async () => {
    connector = await startFakeConnector();
    http = createHttpServer({ ready: async () => true });
    const config = loadConfig({
      MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      // The fake Bot Framework keys stand in for the multi-tenant (botframework.com) endpoints.
      MICROSOFT_APP_TYPE: 'MultiTenant',
      TEAMS_LOCAL: '1',
    });
    expect(config.teams?.local).toBe(false);
    createTeamsApp({ assistant, store: claimStore(), teams: config.teams!, http, logger: quiet });
    base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await http.close();
    await connector.close();
  });

  it('refuses a request without a token with 401 and sends nothing', async () => {
    const response = await post(base, messageActivity(connector.serviceUrl, { text: 'ISR이 뭐야?' }));
    expect(response.status).toBe(401);
    expect(assistant.calls).toHaveLength(0);
    // a valid request is answered within the same turn, so by now any reply would have been recorded
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses a token that is not a Bot Framework JWT with 401', async () => {
    // botbuilder's CloudAdapter would print the rejected request's error with console.error; the
    // adapter refuses it itself (issue 10 #5): one log line of its own, nothing on the console.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warned = vi.spyOn(quiet, 'warn');
    let logged: unknown[] = [];
    let refusals: unknown[][] = [];
    const response = await post(base, messageActivity(connector.serviceUrl), { authorization: 'Bearer not-a-jwt' }).finally(() => {
      logged = printed.mock.calls.flat();
      refusals = warned.mock.calls.filter((c) => c[1] === 'teams: request refused: authentication failed');
      printed.mockRestore();
      warned.mockRestore();
    });
    expect(logged).toHaveLength(0);
    expect(refusals).toHaveLength(1);
    expect(response.status).toBe(401);
    expect(assistant.calls).toHaveLength(0);
    expect(connector.calls).toHaveLength(0);
  });
});

describe('Teams start-up', () => {
  it('refuses to start without an app id unless TEAMS_LOCAL is set', () => {
    const http = createHttpServer({ ready: async () => true });
    const start = () =>
      createTeamsApp({
        assistant: createFakeAssistant(),
        store: claimStore(),
        teams: { appType: 'MultiTenant', local: false },
        http,
        logger: quiet,
      });
    expect(start).toThrow(/MICROSOFT_APP_ID is required.*TEAMS_LOCAL=1/);
  });
});
