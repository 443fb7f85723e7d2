// The real server (startBot) in Slack HTTP mode and Teams local mode at once, against a fake Slack
// Web API and a fake Bot Connector, with a temporary DATA_DIR: what the HTTP-level suites share.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startBot, type RunningBot, type StartOptions } from '../../adapters/start.js';
import { loadConfig } from '../../src/index.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

export interface BothPlatforms {
  bot: RunningBot;
  slack: FakeSlack;
  connector: FakeConnector;
  /** http://127.0.0.1:<port> of /slack/events and /api/messages. */
  base: string;
  /** http://127.0.0.1:<admin port>. */
  admin: string;
  close(): Promise<void>;
}

/** Start it with `secret` as the Slack signing secret; `options` go to startBot (a silent logger by default). */
export async function startBothPlatforms(secret: string, options: StartOptions = {}): Promise<BothPlatforms> {
  const slack = await startFakeSlack();
  const connector = await startFakeConnector();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kb-both-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    KNOWLEDGE_WATCH: '0',
    HOST: '127.0.0.1',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: slack.apiUrl,
    TEAMS_LOCAL: '1',
  });
  config.port = 0;
  config.adminPort = 0;
  const bot = await startBot(config, { logger: pino({ level: 'silent' }), ...options });
  return {
    bot,
    slack,
    connector,
    base: `http://127.0.0.1:${bot.port}`,
    admin: `http://127.0.0.1:${bot.adminPort}`,
    async close() {
      await bot.close();
      await slack.close();
      await connector.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
