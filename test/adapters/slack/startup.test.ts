// Slack unreachable at start (issue 10 #10): the token check has a deadline; then one clear line
// names the URL and SLACK_BOT_TOKEN, the adapter retries with backoff and reports not ready (503 on
// /slack/events, /readyz not ready) until Slack answers, then serves. No "http request failed" spam.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createSlackApp, type SlackAdapter } from '../../../adapters/slack/app.js';
import { recordingLogger, type LogLine } from '../../helpers/logs.js';
import { startBot } from '../../../adapters/start.js';
import { loadConfig } from '../../../src/index.js';
import { MemoryStore } from '../../../src/testing.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { startFakeSlack, waitFor, type FakeSlack } from '../../helpers/fake-slack.js';
import { sendCommand } from '../../helpers/slack-sign.js';
import { FAST_WEB_API, SECRET } from './harness.js';

let slack: FakeSlack;
let http: HttpServer;
let adapter: SlackAdapter | undefined;
const lines: LogLine[] = [];
const logger = recordingLogger(lines);
const STARTUP = { deadlineMs: 300, retryDelaysMs: [50, 100, 200] };

beforeEach(async () => {
  lines.length = 0;
  slack = await startFakeSlack();
  http = createHttpServer();
});
afterEach(async () => {
  await adapter?.stop();
  adapter = undefined;
  await http.close();
  await slack.close();
});

function start(botToken = 'xoxb-unreachable-test'): SlackAdapter {
  adapter = createSlackApp({
    assistant: createFakeAssistant(),
    store: new MemoryStore(),
    http,
    logger,
    webApi: FAST_WEB_API,
    startup: STARTUP,
    slack: { botToken, signingSecret: SECRET, apiUrl: slack.apiUrl },
  });
  return adapter;
}

const text = (l: LogLine) => `${l.message} ${JSON.stringify(l.context)}`;

describe('Slack unreachable at start', () => {
  it('no route: start() returns, one clear line, 503 until Slack answers, then serves', async () => {
    slack.unreachable(true);
    const a = start();
    const port = await http.listen(0, '127.0.0.1');
    await a.start();
    expect(a.ready()).toBe(false);
    const first = lines.filter((l) => l.level === 'error');
    expect(first).toHaveLength(1);
    expect(text(first[0]!)).toContain(slack.apiUrl);
    expect(text(first[0]!)).toContain('SLACK_BOT_TOKEN');
    expect(text(first[0]!)).not.toContain('xoxb-unreachable-test');
    const endpoint = `http://127.0.0.1:${port}/slack/events`;
    expect((await sendCommand(endpoint, SECRET, { command: '/kafka', text: 'x', user_id: 'U1' })).status).toBe(503);

    slack.unreachable(false);
    await waitFor(() => a.ready(), 'the adapter to become ready');
    const res = await sendCommand(endpoint, SECRET, {
      command: '/kafka',
      text: 'RAID 10이 뭐야?',
      user_id: 'U1',
      team_id: 'T1',
      channel_id: 'C1',
      response_url: slack.responseUrl(),
      trigger_id: 'trig-up',
    });
    expect(res.status).toBe(200);
    await waitFor(() => slack.callsTo('response_url').length > 0, 'the answer');
    expect(lines.some((l) => text(l).includes('http request failed'))).toBe(false);
    expect(lines.some((l) => l.message === 'slack: adapter started')).toBe(true);
  });

  it('no answer: the token check gives up at its deadline and retries', async () => {
    slack.fail('auth.test', { hang: true });
    const a = start();
    await a.start();
    expect(a.ready()).toBe(false);
    const error = lines.find((l) => l.level === 'error');
    expect(text(error!)).toContain('SLACK_BOT_TOKEN');
    expect(text(error!)).toMatch(/did not answer within/);
    slack.clearFaults();
    await waitFor(() => a.ready(), 'the adapter to become ready');
  });

  it('a token Slack rejects still stops the start, naming the variable', async () => {
    const error = await start('xoxb-invalid-value')
      .start()
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error?.message).toContain('SLACK_BOT_TOKEN');
    expect(error?.message).not.toContain('xoxb-invalid-value');
  });
});

describe('readiness while Slack is unreachable', () => {
  it('/readyz on the admin port is 503 until Slack answers', async () => {
    slack.unreachable(true);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kb-startup-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      KNOWLEDGE_WATCH: '0',
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    config.port = 0;
    config.adminPort = 0;
    const bot = await startBot(config, { logger: pino({ level: 'silent' }), slackWebApi: FAST_WEB_API, slackStartup: STARTUP });
    try {
      const readyz = () => fetch(`http://127.0.0.1:${bot.adminPort}/readyz`).then((r) => r.status);
      expect(await readyz()).toBe(503);
      slack.unreachable(false);
      await waitFor(() => bot.slack?.ready(), 'Slack to become ready');
      expect(await readyz()).toBe(200);
    } finally {
      await bot.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
