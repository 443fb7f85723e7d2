// Welcome once per conversation (issue 10 #9): 200 conversationUpdate activities for one personal
// conversation produce one welcome card; another conversation gets its own; a welcome that could not
// be sent is tried again on the next conversationUpdate.
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createTeamsApp } from '../../../adapters/teams/app.js';
import { MemoryStore } from '../../../src/testing.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { ALICE, BOB, BOT, post } from '../../helpers/teams-activity.js';

let connector: FakeConnector;
let http: HttpServer;
let base: string;
let seq = 0;

beforeAll(async () => {
  connector = await startFakeConnector();
  http = createHttpServer();
  createTeamsApp({
    assistant: createFakeAssistant(),
    store: new MemoryStore(),
    teams: { appType: 'MultiTenant', local: true },
    http,
    logger: pino({ level: 'silent' }),
  });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await http.close();
  await connector.close();
});
beforeEach(() => {
  connector.calls.length = 0;
  connector.failPosts(undefined);
});

function installed(conversationId: string, user = ALICE): Record<string, unknown> {
  seq += 1;
  return {
    type: 'conversationUpdate',
    id: `update-${seq}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: user,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
    membersAdded: [{ id: BOT.id, name: BOT.name }],
  };
}

describe('Teams welcome', () => {
  it('200 conversationUpdates for one conversation → one welcome card', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 20) {
      statuses.push(...(await Promise.all(Array.from({ length: 20 }, () => post(base, installed('a:storm')).then((r) => r.status)))));
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(connector.calls.filter((c) => c.conversationId === 'a:storm')).toHaveLength(1);
  });

  it('another conversation gets its own welcome', async () => {
    await post(base, installed('a:bob', BOB));
    await post(base, installed('a:bob', BOB));
    expect(connector.calls.filter((c) => c.conversationId === 'a:bob')).toHaveLength(1);
  });

  it('a welcome that could not be sent is sent on the next conversationUpdate', async () => {
    connector.failPosts(500);
    await post(base, installed('a:retry'));
    connector.failPosts(undefined);
    await post(base, installed('a:retry'));
    const sent = connector.calls.filter((c) => c.conversationId === 'a:retry' && c.createdId);
    expect(sent).toHaveLength(1);
  });
});
