// Slash commands and button presses replayed byte for byte inside the 5-minute signature window
// (issue 10 #3) are acknowledged and ignored, like redelivered events: one answer, one vote.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/testing.js';
import { createFakeAssistant, type FakeAssistant } from '../../helpers/fake-assistant.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { postSigned } from '../../helpers/slack-sign.js';
import { SECRET, TEAM, buttonsIn, startHarness, type Harness } from './harness.js';

let h: Harness;
let assistant: FakeAssistant;
// The store's clock runs ahead between replays, past the adapter's short double-click guards:
// only the replay protection may stop the second copy.
const clock = { now: Date.now() };

beforeEach(async () => {
  assistant = createFakeAssistant();
  h = await startHarness(assistant, new MemoryStore({ now: () => clock.now }));
});
afterEach(async () => {
  await h.close();
});

/** POST exactly the same signed bytes twice (same timestamp, same signature). */
async function twice(body: string, contentType: string): Promise<number[]> {
  const timestamp = Math.floor(Date.now() / 1000);
  const first = await postSigned(h.endpoint, SECRET, body, contentType, { timestamp });
  await h.adapter.settled();
  clock.now += 60_000;
  const second = await postSigned(h.endpoint, SECRET, body, contentType, { timestamp });
  await h.adapter.settled();
  return [first.status, second.status];
}

describe('replays inside the signature window', () => {
  it('a replayed /kafka command is answered once', async () => {
    const responseUrl = h.slack.responseUrl();
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: TEAM,
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'u1',
      command: '/kafka',
      text: 'RAID 10이 뭐야?',
      api_app_id: 'A1',
      response_url: responseUrl,
      trigger_id: 'trig-replay-1',
    }).toString();
    expect(await twice(body, 'application/x-www-form-urlencoded')).toEqual([200, 200]);
    expect(assistant.calls).toHaveLength(1);
    expect(h.slack.callsTo('response_url').filter((c) => c.url === responseUrl)).toHaveLength(1);
  });

  it('a replayed button press is handled once', async () => {
    const { responseUrl: answerUrl } = await h.command('/kafka', 'RAID 10이 뭐야?');
    const answer = await waitFor(() => h.slack.callsTo('response_url').find((c) => c.url === answerUrl), 'the answer');
    const followUp = buttonsIn(answer.args.blocks).find((b) => b.action_id.startsWith('kafka:ask'))!;
    const payload = {
      type: 'block_actions',
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 'trig-replay-2',
      team: { id: TEAM, domain: 'fake' },
      user: { id: 'U1', username: 'u1', name: 'u1', team_id: TEAM },
      channel: { id: 'C1', name: 'kafka' },
      container: { type: 'message', message_ts: '1700000009.000100', channel_id: 'C1', is_ephemeral: false },
      message: { type: 'message', text: '', ts: '1700000009.000100' },
      response_url: h.slack.responseUrl(),
      actions: [
        {
          type: 'button',
          block_id: 'b',
          action_id: followUp.action_id,
          value: followUp.value,
          text: { type: 'plain_text', text: 'x' },
          action_ts: '1700000010.0001',
        },
      ],
    };
    const before = assistant.calls.length;
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect(await twice(body, 'application/x-www-form-urlencoded')).toEqual([200, 200]);
    expect(assistant.calls.length - before).toBe(1);
  });

  it('a replayed message shortcut is answered once', async () => {
    const payload = {
      type: 'message_action',
      token: 'legacy',
      action_ts: '1730000000.000001',
      callback_id: 'ask_kafka_bot',
      trigger_id: 'trig-replay-3',
      message_ts: '1729000000.000100',
      response_url: h.slack.responseUrl(),
      team: { id: TEAM, domain: 'fake' },
      user: { id: 'U2', username: 'bob', name: 'bob', team_id: TEAM },
      channel: { id: 'C1', name: 'ops' },
      message: { type: 'message', user: 'U9', ts: '1729000000.000100', text: 'RAID 10이 뭐야?' },
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect(await twice(body, 'application/x-www-form-urlencoded')).toEqual([200, 200]);
    expect(assistant.calls).toHaveLength(1);
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
  });
});
