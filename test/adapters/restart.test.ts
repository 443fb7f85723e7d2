// Crash safety of the real server (adapters/main.ts, Teams local mode, SQLite): SIGKILL during a
// burst of quiz clicks (each clicked twice), restart on the same DATA_DIR, and every acknowledged
// click is in the store exactly once; the restarted server continues the same quiz.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/redis-server.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { messageActivity } from '../helpers/teams-activity.js';
import { startRealServer } from '../helpers/real-server.js';

let connector: FakeConnector;
let dataDir: string;
let port: number;
let adminPort: number;
const children: ChildProcess[] = [];

const startServer = async () =>
  (await startRealServer({ dataDir, port, adminPort, logLevel: 'error', readyWithinMs: 20_000, children })).child;

const exit = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

function send(activity: Record<string, unknown>): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  }).then(
    async (r) => (await r.arrayBuffer(), r.status),
    () => 0,
  );
}

const click = (sessionId: string, index: number) =>
  send(
    messageActivity(connector.serviceUrl, {
      text: undefined,
      value: { kafkaBot: { type: 'quiz_answer', label: 'O', sessionId, index, choice: 'O' } },
    }),
  );

beforeAll(async () => {
  connector = await startFakeConnector();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kb-restart-'));
  port = await freePort();
  adminPort = await freePort();
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await connector?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('SIGKILL during a burst of quiz clicks', () => {
  it('keeps every acknowledged click exactly once across a restart', async () => {
    const first = await startServer();
    expect(await send(messageActivity(connector.serviceUrl, { text: 'quiz 10' }))).toBe(200);
    const card = JSON.stringify(connector.calls.map((c) => c.body));
    const sessionId = /"sessionId":"([^"]+)"/.exec(card)?.[1];
    expect(sessionId).toBeDefined();

    const acked = new Set<number>();
    const killAfter = 4;
    for (let index = 0; index < 10; index++) {
      // A double click: two activities with the same button value, in flight together.
      const pair = Promise.all([click(sessionId!, index), click(sessionId!, index)]);
      if (acked.size >= killAfter) {
        first.kill('SIGKILL');
        await pair;
        break;
      }
      const statuses = await pair;
      if (statuses.some((s) => s >= 200 && s < 300)) acked.add(index);
    }
    await exit(first);
    expect(first.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(killAfter);

    const second = await startServer();
    const next = Math.max(...acked) + 1;
    for (let index = next; index < next + 2; index++) expect(await click(sessionId!, index)).toBe(200);
    second.kill('SIGTERM');
    expect(await exit(second)).toBe(0);

    const store = new SqliteStore({ dataDir });
    await store.init();
    try {
      const session = await store.getSession(sessionId!);
      const indexes = session!.answers.map((a) => a.index);
      expect(new Set(indexes).size).toBe(indexes.length);
      for (const index of acked) expect(indexes).toContain(index);
      expect(indexes).toContain(next + 1);
      expect(session!.current).toBe(next + 2);
    } finally {
      await store.close();
    }
  });
});
