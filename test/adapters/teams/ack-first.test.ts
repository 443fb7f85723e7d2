// Teams over real HTTP: a question gets its 200 before it is answered (the reply follows through the
// connector), while a quiz start and a quiz press get theirs only once handled (200 = stored).
// An assistant held on a latch shows which came first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createTeamsApp, type TeamsApp } from '../../../adapters/teams/app.js';
import { createRuntime, loadConfig, type Incoming, type Reply, type Runtime } from '../../../src/index.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { messageActivity, post } from '../../helpers/teams-activity.js';

let connector: FakeConnector;
let http: HttpServer;
let base: string;
let runtime: Runtime;
let teams: TeamsApp;
let open: () => void = () => {};
let latch = Promise.resolve();
const started: Incoming[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  const config = loadConfig({ TEAMS_LOCAL: '1', KNOWLEDGE_DIR: 'knowledge', ANSWER_WORKERS: '0' });
  runtime = await createRuntime(config, { storeKind: 'memory' });
  const assistant = {
    handle: async (message: Incoming): Promise<Reply> => {
      started.push(message);
      await latch;
      return runtime.assistant.handle(message);
    },
  };
  http = createHttpServer();
  teams = createTeamsApp({
    assistant,
    store: runtime.store,
    teams: config.teams!,
    http,
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  open();
  await teams.settled();
  await http.close();
  await connector.close();
  await runtime.close();
});

function hold(): void {
  latch = new Promise((resolve) => (open = resolve));
}

/** Whether `request` settles while the assistant is held (it cannot, if its 200 waits for the answer). */
async function settlesWhileHeld(request: Promise<Response>): Promise<boolean> {
  const count = started.length;
  while (started.length === count) await new Promise((r) => setTimeout(r, 5));
  return Promise.race([request.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 300))]);
}

describe('Teams acknowledges questions first, stored state after it is stored', () => {
  it('a question: 200 while the answer is still being composed; the reply follows', async () => {
    connector.calls.length = 0;
    hold();
    // Held until the 200 arrives: were the 200 to wait for the answer, this would never resolve.
    const response = await post(base, messageActivity(connector.serviceUrl, { text: '브로커 메모리 얼마나?' }));
    expect(response.status).toBe(200);
    expect(started.at(-1)?.text).toBe('브로커 메모리 얼마나?');
    expect(connector.calls).toHaveLength(0);
    open();
    const [reply] = await connector.waitFor((c) => c.length === 1);
    expect(JSON.stringify(reply?.body)).toContain('출처');
    await teams.settled();
  });

  it('a quiz start and a quiz press: no 200 until handled', async () => {
    connector.calls.length = 0;
    hold();
    const conversation = { id: 'a:ack-quiz', conversationType: 'personal', tenantId: 'tenant-1' };
    const start = post(base, messageActivity(connector.serviceUrl, { text: 'quiz 2', conversation }));
    expect(await settlesWhileHeld(start)).toBe(false);
    open();
    expect((await start).status).toBe(200);
    expect(connector.calls).toHaveLength(1);
    hold();
    const press = post(base, messageActivity(connector.serviceUrl, { text: 'O', conversation }));
    expect(await settlesWhileHeld(press)).toBe(false);
    open();
    expect((await press).status).toBe(200);
    expect(connector.calls.length).toBeGreaterThanOrEqual(2);
  });
});
