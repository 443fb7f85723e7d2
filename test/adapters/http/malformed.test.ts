// Malformed requests on the real server (startBot: Slack HTTP mode + Teams local mode): invalid and
// truncated JSON, wrong content types and 1 MB bodies get a 4xx, never a 5xx, and the server keeps
// serving (health, metrics and a valid request on each endpoint still work afterwards).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/start.js';
import { startBothPlatforms, type BothPlatforms } from '../../helpers/both-platforms.js';
import type { FakeSlack } from '../../helpers/fake-slack.js';
import type { FakeConnector } from '../../helpers/fake-connector.js';
import { signatureHeaders } from '../../helpers/slack-sign.js';
import { messageActivity } from '../../helpers/teams-activity.js';

const SECRET = 'malformed-test-secret';
let running: BothPlatforms;
let bot: RunningBot;
let slack: FakeSlack;
let connector: FakeConnector;
let base: string;

beforeAll(async () => {
  running = await startBothPlatforms(SECRET);
  ({ bot, slack, connector, base } = running);
});
afterAll(async () => {
  await running?.close();
});

const MB = 'x'.repeat(1024 * 1024);
const bodies: Array<[string, string, string]> = [
  ['invalid JSON', 'application/json', 'this is not json'],
  ['truncated JSON', 'application/json', '{"type":"message","text":"RAID'],
  ['JSON of the wrong shape', 'application/json', '[1,2,3]'],
  ['wrong content type', 'text/plain', 'hello'],
  ['binary content type', 'application/octet-stream', '\u0000\u0001\u0002'],
  ['truncated form payload', 'application/x-www-form-urlencoded', 'payload=%7B%22type%22%3A%22block_act'],
  ['1 MB JSON', 'application/json', `{"text":"${MB}"}`],
  ['1 MB form', 'application/x-www-form-urlencoded', `text=${MB}`],
];

async function post(url: string, contentType: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  await res.arrayBuffer();
  return res.status;
}

describe('malformed HTTP bodies', () => {
  for (const [what, type, body] of bodies) {
    it(`/slack/events: ${what} → 4xx (unsigned and signed)`, async () => {
      const unsigned = await post(`${base}/slack/events`, type, body);
      expect(unsigned).toBeGreaterThanOrEqual(400);
      expect(unsigned).toBeLessThan(500);
      const signed = await post(`${base}/slack/events`, type, body, signatureHeaders(SECRET, body));
      expect(signed).toBeGreaterThanOrEqual(400);
      expect(signed).toBeLessThan(500);
    });

    it(`/api/messages: ${what} → 4xx`, async () => {
      const status = await post(`${base}/api/messages`, type, body);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });
  }

  it('keeps serving: health, metrics, and valid requests on both endpoints', async () => {
    const admin = `http://127.0.0.1:${bot.adminPort}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${admin}/readyz`)).status).toBe(200);
    const metrics = await fetch(`${admin}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('kafka_bot_knowledge_chunks');
    const form = new URLSearchParams({
      token: 'x',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'u',
      command: '/kafka',
      text: 'RAID 10 장점',
      api_app_id: 'A1',
      response_url: slack.responseUrl(),
      trigger_id: 't1',
    }).toString();
    expect(await post(`${base}/slack/events`, 'application/x-www-form-urlencoded', form, signatureHeaders(SECRET, form))).toBe(200);
    const activity = JSON.stringify(messageActivity(connector.serviceUrl, { text: 'RAID 10 장점' }));
    expect(await post(`${base}/api/messages`, 'application/json', activity)).toBeLessThan(300);
    await connector.waitFor((calls) => calls.length > 0, 5000);
  });
});
