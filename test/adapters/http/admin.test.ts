// Operations endpoints (issue 10 #7): /metrics and /readyz are served on the admin server
// (ADMIN_PORT, 127.0.0.1 by default), not on the port Slack and Teams reach; /healthz is on both.
// kafka_bot_errors_total counts adapter failures (a Slack reply that cannot be delivered, a Teams
// turn whose reply fails), not only errors thrown by the core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/start.js';
import { startBothPlatforms, type BothPlatforms } from '../../helpers/both-platforms.js';
import type { FakeConnector } from '../../helpers/fake-connector.js';
import { waitFor, type FakeSlack } from '../../helpers/fake-slack.js';
import { sendCommand } from '../../helpers/slack-sign.js';
import { messageActivity, post } from '../../helpers/teams-activity.js';

const SECRET = 'admin-test-secret';
let running: BothPlatforms;
let bot: RunningBot;
let slack: FakeSlack;
let connector: FakeConnector;
let base: string;
let admin: string;

beforeAll(async () => {
  running = await startBothPlatforms(SECRET, { slackWebApi: { timeoutMs: 2000, retries: 0, retryMinDelayMs: 10 } });
  ({ bot, slack, connector, base, admin } = running);
});
afterAll(async () => {
  await running?.close();
});

async function errorsOf(adapter: string): Promise<number> {
  const text = await (await fetch(`${admin}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`kafka_bot_errors_total{adapter="${adapter}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('admin server', () => {
  it('serves /healthz, /readyz and /metrics on the admin port, bound to 127.0.0.1', async () => {
    expect(bot.admin?.address()?.address).toBe('127.0.0.1');
    expect((await fetch(`${admin}/healthz`)).status).toBe(200);
    expect((await fetch(`${admin}/readyz`)).status).toBe(200);
    const metrics = await fetch(`${admin}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('kafka_bot_knowledge_chunks');
  });

  it('keeps only /healthz on the public port', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/readyz`)).status).toBe(404);
  });
});

describe('kafka_bot_errors_total', () => {
  it('counts Slack commands whose reply could not be delivered', async () => {
    const before = await errorsOf('slack');
    slack.fail('response_url', { status: 500 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await sendCommand(`${base}/slack/events`, SECRET, {
          token: 'x',
          team_id: 'T1',
          channel_id: 'C1',
          user_id: `U${i}`,
          user_name: 'u',
          command: '/kafka',
          text: 'RAID 10 장점',
          api_app_id: 'A1',
          response_url: slack.responseUrl(),
          trigger_id: `t-admin-${i}`,
        });
        expect(res.status).toBe(200);
      }
      await waitFor(() => slack.callsTo('response_url').filter((c) => c.fault).length >= 6, 'replies and apologies attempted');
      await bot.slack?.settled();
    } finally {
      slack.clearFaults();
    }
    expect((await errorsOf('slack')) - before).toBe(3);
  });

  it('counts Teams turns whose reply could not be sent', async () => {
    const before = await errorsOf('teams');
    connector.failPosts(500);
    try {
      // A question is acknowledged first: the refused reply (after botbuilder's retries) fails after the 200.
      expect((await post(base, messageActivity(connector.serviceUrl, { text: 'RAID 10 장점' }))).status).toBe(200);
      let after = before;
      for (let i = 0; i < 900 && after === before; i++) {
        await new Promise((r) => setTimeout(r, 50));
        after = await errorsOf('teams');
      }
      expect(after - before).toBe(1);
    } finally {
      connector.failPosts(undefined);
    }
  }, 60_000);
});
