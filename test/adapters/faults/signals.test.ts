// Signals during bursts of quiz presses (issue 10), on the real server process (adapters/main.ts,
// SQLite): SIGTERM finishes what was acknowledged and exits 0; SIGKILL loses nothing acknowledged.
// Teams acknowledges a press after its turn (200 = stored); Slack acknowledges first, so for SIGKILL
// an answer counts as acknowledged once its result was shown (the quiz message updated). After a
// restart on the same DATA_DIR the same quiz goes on. Requests refused while stopping are not 5xx.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../../bench/redis-server.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { startFakeSlack, waitFor, type FakeSlack, type RecordedCall } from '../../helpers/fake-slack.js';
import { faultReport, Tally } from '../../helpers/fault-report.js';
import { sendAction, sendCommand } from '../../helpers/slack-sign.js';
import { messageActivity } from '../../helpers/teams-activity.js';
import { startRealServer, type RealServer } from '../../helpers/real-server.js';
import { quizButtons } from '../slack/harness.js';

const report = faultReport();
const SECRET = 'signals-test-secret';
let connector: FakeConnector;
let slack: FakeSlack;
const children: ChildProcess[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  slack = await startFakeSlack();
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
afterAll(async () => {
  await connector?.close();
  await slack?.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const startServer = (dataDir: string, port: number, adminPort: number, withSlack: boolean) =>
  startRealServer({
    dataDir,
    port,
    adminPort,
    logLevel: 'fatal',
    readyWithinMs: 30_000,
    env: withSlack ? { SLACK_BOT_TOKEN: 'xoxb-signals', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl } : {},
    children,
  });

async function setup(withSlack: boolean) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kb-signals-'));
  dirs.push(dataDir);
  const port = await freePort();
  const adminPort = await freePort();
  return { dataDir, start: () => startServer(dataDir, port, adminPort, withSlack) };
}

async function storedAnswers(dataDir: string, sessionId: string): Promise<{ indexes: number[]; current: number }> {
  const store = new SqliteStore({ dataDir });
  await store.init();
  try {
    const session = await store.getSession(sessionId);
    return { indexes: session?.answers.map((a) => a.index) ?? [], current: session?.current ?? -1 };
  } finally {
    await store.close();
  }
}

// --- Teams ---------------------------------------------------------------------------------------

function teamsPost(bot: RealServer, tally: Tally, activity: Record<string, unknown>): Promise<number> {
  return tally.send(() =>
    fetch(`${bot.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }),
  );
}

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
  it(`Teams: ${signal} during a burst of quiz presses (each pressed twice)`, async () => {
    const { dataDir, start } = await setup(false);
    const tally = new Tally();
    const conversation = { id: `a:signals-${signal}`, conversationType: 'personal', tenantId: 'tenant-1' };
    const first = await start();
    const before = connector.calls.length;
    expect(await teamsPost(first, tally, messageActivity(connector.serviceUrl, { text: 'quiz 10', conversation }))).toBe(200);
    const sessionId = /"sessionId":"([^"]+)"/.exec(JSON.stringify(connector.calls.slice(before).map((c) => c.body)))?.[1];
    expect(sessionId).toBeDefined();
    const press = (bot: RealServer, index: number) =>
      teamsPost(
        bot,
        tally,
        messageActivity(connector.serviceUrl, {
          text: undefined,
          conversation,
          value: { kafkaBot: { type: 'quiz_answer', label: 'O', sessionId, index, choice: 'O' } },
        }),
      );
    const acked = new Set<number>();
    let index = 0;
    for (; index < 10; index++) {
      const pair = Promise.all([press(first, index), press(first, index)]);
      if (index === 4) {
        // Let the pair reach the server so the signal lands while they are handled (either way,
        // whatever was acknowledged must be stored).
        await new Promise((r) => setTimeout(r, 5));
        first.child.kill(signal);
      }
      const statuses = await pair;
      if (statuses.some((s) => s === 200)) acked.add(index);
      if (statuses.every((s) => s === 0)) break;
    }
    const code = await first.exited;
    if (signal === 'SIGTERM') expect(code).toBe(0);
    const afterStop = await storedAnswers(dataDir, sessionId!);
    const lost = [...acked].filter((i) => !afterStop.indexes.includes(i)).length;
    expect(new Set(afterStop.indexes).size).toBe(afterStop.indexes.length);

    const second = await start();
    const next = afterStop.current;
    expect(await press(second, next)).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect((await storedAnswers(dataDir, sessionId!)).current).toBe(next + 1);
    report({
      scenario: `${signal} during a burst of Teams quiz presses`,
      requests: tally.requests,
      faults: 1,
      lost,
      fiveXx: tally.fiveXx,
      note:
        `${acked.size} answers acknowledged, all stored; ${tally.refused} presses refused while stopped; ` +
        'the quiz continued after restart',
    });
  }, 90_000);
}

// --- Slack ---------------------------------------------------------------------------------------

async function slackCommand(bot: RealServer, tally: Tally, text: string): Promise<string> {
  const responseUrl = slack.responseUrl();
  await tally.send(() =>
    sendCommand(`${bot.base}/slack/events`, SECRET, {
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'u1',
      command: '/kafka-quiz',
      text,
      api_app_id: 'A1',
      response_url: responseUrl,
      trigger_id: `trig-sig-${Math.random()}`,
    }),
  );
  return responseUrl;
}

async function slackPress(
  bot: RealServer,
  tally: Tally,
  message: RecordedCall,
  choice = 'O',
): Promise<{ status: number; responseUrl: string }> {
  const button = quizButtons(message.args.blocks).find((b) => b.text.text === choice)!;
  const responseUrl = slack.responseUrl();
  const payload = {
    type: 'block_actions',
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: `trig-sig-${Math.random()}`,
    team: { id: 'T1', domain: 'fake' },
    user: { id: 'U1', username: 'u1', name: 'u1', team_id: 'T1' },
    channel: { id: 'C1', name: 'kafka' },
    container: { type: 'message', message_ts: '1700000999.000100', channel_id: 'C1', is_ephemeral: false },
    message: { type: 'message', text: '', ts: '1700000999.000100' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        block_id: 'b',
        action_id: button.action_id,
        value: button.value,
        text: { type: 'plain_text', text: choice },
        action_ts: '1',
      },
    ],
  };
  const status = await tally.send(() => sendAction(`${bot.base}/slack/events`, SECRET, payload));
  return { status, responseUrl };
}

const updateAt = (responseUrl: string) => () =>
  slack.callsTo('response_url').find((c) => c.url === responseUrl && c.args.replace_original === true);

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
  it(`Slack: ${signal} during a burst of quiz presses (each pressed twice)`, async () => {
    const { dataDir, start } = await setup(true);
    const tally = new Tally();
    const first = await start();
    const quizUrl = await slackCommand(first, tally, '10');
    let message = await waitFor(() => slack.callsTo('response_url').find((c) => c.url === quizUrl), 'the quiz');
    const sessionId = (JSON.parse(quizButtons(message.args.blocks)[0]?.value ?? '{}') as { sessionId: string }).sessionId;
    const shown = new Set<number>();
    const acked = new Set<number>();
    for (let index = 0; index < 10; index++) {
      const pair = await Promise.all([slackPress(first, tally, message), slackPress(first, tally, message)]);
      if (pair.some((p) => p.status === 200)) acked.add(index);
      if (index === 4) {
        // The presses were acknowledged; their work is under way when the signal lands.
        first.child.kill(signal);
        break;
      }
      message = await waitFor(() => pair.map((p) => updateAt(p.responseUrl)()).find(Boolean), `the update after question ${index + 1}`);
      shown.add(index);
    }
    const code = await first.exited;
    if (signal === 'SIGTERM') {
      expect(code).toBe(0);
      // A graceful stop finishes acknowledged work: the last press was recorded and its update shown.
      shown.add(4);
    }
    const afterStop = await storedAnswers(dataDir, sessionId);
    const mustBeStored = signal === 'SIGTERM' ? acked : shown;
    const lost = [...mustBeStored].filter((i) => !afterStop.indexes.includes(i)).length;

    // After the restart the user presses the last message they saw: the quiz goes on from where it is.
    const second = await start();
    const { responseUrl } = await slackPress(second, tally, message);
    const update = await waitFor(updateAt(responseUrl), 'the state after the restart');
    expect(JSON.stringify(update.args.blocks)).toContain(`문제 ${Math.max(afterStop.current, 5) + 1}/10`);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    report({
      scenario: `${signal} during a burst of Slack quiz presses`,
      requests: tally.requests,
      faults: 1,
      lost,
      fiveXx: tally.fiveXx,
      note:
        `${mustBeStored.size} acknowledged${signal === 'SIGKILL' ? ' (shown)' : ''} answers, all stored; ` +
        'the quiz continued after restart',
    });
  }, 90_000);
}
