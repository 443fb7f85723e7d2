// TEAMS_LOCAL=1 is unauthenticated, so it must not be an open relay (issue 10 #6): activities whose
// serviceUrl is not a loopback address (or is the bot's own port) are refused with 400 and nothing
// is posted anywhere; the server started by startBot listens on 127.0.0.1 unless HOST says otherwise.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../../adapters/start.js';
import { loadConfig } from '../../../src/index.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { messageActivity, post } from '../../helpers/teams-activity.js';

let bot: RunningBot;
let connector: FakeConnector;
let dataDir: string;
let base: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kb-local-'));
  const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_WATCH: '0', TEAMS_LOCAL: '1' });
  config.port = 0;
  config.adminPort = 0;
  bot = await startBot(config, { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${bot.port}`;
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('Teams local mode', () => {
  it('listens on 127.0.0.1 when HOST is not set', () => {
    expect(bot.http?.address()?.address).toBe('127.0.0.1');
  });

  const refused = [
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.7:8080/',
    'https://smba.trafficmanager.net/amer/',
    'http://127.0.0.1.nip.io/',
    'http://0.0.0.0:80/',
    'http://[::ffff:a9fe:a9fe]/',
  ];
  for (const serviceUrl of refused) {
    it(`refuses serviceUrl ${serviceUrl} with 400 and sends nothing`, async () => {
      const before = connector.calls.length;
      const res = await post(base, messageActivity(serviceUrl, { text: 'ISR이 뭐야?' }));
      expect(res.status).toBe(400);
      expect(connector.calls).toHaveLength(before);
    });
  }

  it("refuses the bot's own port as serviceUrl", async () => {
    const res = await post(base, messageActivity(`http://127.0.0.1:${bot.port}/`, { text: 'ISR이 뭐야?' }));
    expect(res.status).toBe(400);
  });

  it('answers through a loopback serviceUrl (127.0.0.1, localhost)', async () => {
    expect((await post(base, messageActivity(connector.serviceUrl, { text: 'ISR이 뭐야?' }))).status).toBe(200);
    const localhost = connector.serviceUrl.replace('127.0.0.1', 'localhost');
    expect((await post(base, messageActivity(localhost, { text: 'RAID 10이 뭐야?' }))).status).toBe(200);
    await connector.waitFor((calls) => calls.length >= 2);
  });
});
