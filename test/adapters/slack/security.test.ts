// Requests Slack did not sign (or signed too long ago) are refused with 401 and nothing is posted;
// requests before start() get 503. Signature verification is always on.
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../adapters/http/server.js';
import { createSlackApp } from '../../../adapters/slack/app.js';
import { silentLogger } from '../../../adapters/shared/log.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { sendCommand } from '../../helpers/slack-sign.js';
import { SECRET, useHarness } from './harness.js';

const t = useHarness(() => createFakeAssistant());

const mention = { type: 'app_mention', user: 'U1', text: '<@UBOT> RAID 10이 뭐야?', ts: '1700000000.000100', channel: 'C1' };

describe('request verification', () => {
  it('refuses a bad signature with 401 and posts nothing', async () => {
    const res = await t.h.event(mention, { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await t.h.adapter.settled();
    expect(t.assistant.calls).toEqual([]);
    expect(t.h.slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a stale timestamp with 401 and posts nothing', async () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const res = await t.h.event(mention, { timestamp: tenMinutesAgo });
    expect(res.status).toBe(401);
    const cmd = await sendCommand(
      t.h.endpoint,
      SECRET,
      { command: '/kafka', text: 'x', user_id: 'U1', team_id: 'T1' },
      { timestamp: tenMinutesAgo },
    );
    expect(cmd.status).toBe(401);
    await t.h.adapter.settled();
    expect(t.assistant.calls).toEqual([]);
    expect(t.h.slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses timestamps from the future (+10 min, +1 year) with 401 and posts nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now + 600, now + 365 * 24 * 3600]) {
      expect((await t.h.event(mention, { timestamp })).status).toBe(401);
      const cmd = await sendCommand(t.h.endpoint, SECRET, { command: '/kafka', text: 'x', user_id: 'U1', team_id: 'T1' }, { timestamp });
      expect(cmd.status).toBe(401);
    }
    await t.h.adapter.settled();
    expect(t.assistant.calls).toEqual([]);
    expect(t.h.slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses an unsigned request', async () => {
    const res = await fetch(t.h.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'event_callback', event: mention }),
    });
    expect(res.status).toBe(401);
  });
});

describe('lifecycle', () => {
  it('answers 503 until started, then checks the token with auth.test', async () => {
    const http = createHttpServer({ ready: async () => true });
    const adapter = createSlackApp({
      assistant: t.assistant,
      store: new MemoryStore(),
      http,
      logger: silentLogger,
      slack: { botToken: 'xoxb-second', signingSecret: SECRET, apiUrl: t.h.slack.apiUrl.replace(/\/$/, '') },
    });
    const port = await http.listen(0, '127.0.0.1');
    try {
      const before = await sendCommand(`http://127.0.0.1:${port}/slack/events`, SECRET, { command: '/kafka', text: 'x' });
      expect(before.status).toBe(503);
      await adapter.start();
      expect(t.h.slack.callsTo('auth.test').some((c) => c.token === 'xoxb-second')).toBe(true);
      expect(adapter.mode).toBe('http');
    } finally {
      await adapter.stop();
      await http.close();
    }
  });

  it('fails at start naming SLACK_BOT_TOKEN, without printing it, when Slack rejects the token', async () => {
    const http = createHttpServer({ ready: async () => true });
    const adapter = createSlackApp({
      assistant: t.assistant,
      store: new MemoryStore(),
      http,
      logger: silentLogger,
      slack: { botToken: 'xoxb-invalid-secret-value', signingSecret: SECRET, apiUrl: t.h.slack.apiUrl },
    });
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('SLACK_BOT_TOKEN');
    expect(error?.message).not.toContain('xoxb-invalid-secret-value');
    expect(error?.message).toContain('invalid_auth');
  });
});
