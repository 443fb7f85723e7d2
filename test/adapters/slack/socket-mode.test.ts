// Socket Mode wiring without a network: with an app token the adapter builds a SocketModeReceiver
// (no HTTP route mounted, SLACK_API_URL honoured), and deliveries emitted on its client are deduped.
import { SocketModeReceiver, ExpressReceiver } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../adapters/http/server.js';
import { createSlackApp } from '../../../adapters/slack/app.js';
import { silentLogger } from '../../../adapters/shared/log.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { startFakeSlack, waitFor } from '../../helpers/fake-slack.js';

const base = { assistant: createFakeAssistant(), store: new MemoryStore(), logger: silentLogger };

describe('receiver selection', () => {
  it('uses Socket Mode when SLACK_APP_TOKEN is set, and mounts no HTTP route', async () => {
    const http = createHttpServer({ ready: async () => true });
    const adapter = createSlackApp({
      ...base,
      http,
      slack: { botToken: 'xoxb-1', signingSecret: 's', appToken: 'xapp-1-A1-2-abc', apiUrl: 'http://127.0.0.1:1/api' },
    });
    expect(adapter.mode).toBe('socket');
    expect(adapter.receiver).toBeInstanceOf(SocketModeReceiver);
    const client = (adapter.receiver as SocketModeReceiver).client as unknown as { webClient: { slackApiUrl: string } };
    expect(client.webClient.slackApiUrl).toBe('http://127.0.0.1:1/api/');
    const port = await http.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(404);
    } finally {
      await http.close();
    }
  });

  it('uses the ExpressReceiver on the shared server otherwise, and needs that server', () => {
    const http = createHttpServer({ ready: async () => true });
    const adapter = createSlackApp({ ...base, http, slack: { botToken: 'xoxb-1', signingSecret: 's' } });
    expect(adapter.mode).toBe('http');
    expect(adapter.receiver).toBeInstanceOf(ExpressReceiver);
    expect((adapter.receiver as ExpressReceiver).app).toBe(http.app);
    expect(() => createSlackApp({ ...base, slack: { botToken: 'xoxb-1', signingSecret: 's' } })).toThrow(/SLACK_APP_TOKEN/);
  });

  it('handles a Socket Mode delivery and its retry_attempt redelivery once', async () => {
    const fake = await startFakeSlack();
    const adapter = createSlackApp({
      ...base,
      store: new MemoryStore(),
      slack: { botToken: 'xoxb-1', signingSecret: 's', appToken: 'xapp-1-A1-2-abc', apiUrl: fake.apiUrl },
    });
    try {
      await adapter.app.init();
      const client = (adapter.receiver as SocketModeReceiver).client;
      const body = {
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: 'EvSocket',
        event: { type: 'app_mention', user: 'U1', text: '<@UBOT> RAID 10이 뭐야?', ts: '1700000000.000100', channel: 'C1' },
      };
      const acks: unknown[] = [];
      const ack = async (response?: unknown) => void acks.push(response ?? 'ack');
      client.emit('slack_event', { body, ack, retry_num: undefined, retry_reason: undefined });
      client.emit('slack_event', { body, ack, retry_num: 1, retry_reason: 'timeout' });
      await waitFor(() => fake.callsTo('chat.postMessage')[0], 'the answer');
      await adapter.settled();
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
      expect(fake.callsTo('chat.postMessage')[0]?.args.thread_ts).toBe('1700000000.000100');
      expect(acks).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });
});
