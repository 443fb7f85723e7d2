// Signed but malformed Slack payloads (issue 10 #4) get 400 at once, never a 5xx or a 3-second
// hang; a press on a button that is not ours is acknowledged (200) and ignored, as Slack expects.
import { describe, expect, it } from 'vitest';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { postSigned, sendAction, sendCommand, sendEvent } from '../../helpers/slack-sign.js';
import { SECRET, TEAM, useHarness } from './harness.js';

const t = useHarness(() => createFakeAssistant());

const FORM = 'application/x-www-form-urlencoded';
const user = { id: 'U1', username: 'u1', name: 'u1', team_id: TEAM };
const press = {
  type: 'block_actions',
  api_app_id: 'A1',
  token: 'legacy',
  trigger_id: 'trig-x',
  team: { id: TEAM, domain: 'fake' },
  user,
  channel: { id: 'C1', name: 'kafka' },
  container: { type: 'message', message_ts: '1700000001.000100', channel_id: 'C1' },
  message: { type: 'message', text: '', ts: '1700000001.000100' },
  actions: [
    {
      type: 'button',
      block_id: 'b',
      action_id: 'kafka:ask:0',
      value: '{"type":"ask","label":"x","question":"RAID"}',
      text: { type: 'plain_text', text: 'x' },
      action_ts: '1',
    },
  ],
};
const { user: _noUser, ...withoutUser } = press;
const { actions: _noActions, ...withoutActions } = press;

const malformed: Array<[string, () => Promise<Response>]> = [
  ['payload=null', () => postSigned(t.h.endpoint, SECRET, 'payload=null', FORM)],
  ['a JSON null body', () => postSigned(t.h.endpoint, SECRET, 'null', 'application/json')],
  ['a JSON array body', () => postSigned(t.h.endpoint, SECRET, '[]', 'application/json')],
  ['block_actions without user', () => sendAction(t.h.endpoint, SECRET, withoutUser)],
  ['block_actions without actions', () => sendAction(t.h.endpoint, SECRET, withoutActions)],
  ['block_actions with an empty actions list', () => sendAction(t.h.endpoint, SECRET, { ...press, actions: [] })],
  [
    'event_callback without event',
    () => sendEvent(t.h.endpoint, SECRET, { type: 'event_callback', team_id: TEAM, event_id: 'Ev-x', api_app_id: 'A1' }),
  ],
  [
    'event_callback with an event without type',
    () => sendEvent(t.h.endpoint, SECRET, { type: 'event_callback', team_id: TEAM, event_id: 'Ev-y', event: { user: 'U1' } }),
  ],
  ['an unknown body type', () => sendEvent(t.h.endpoint, SECRET, { type: 'something_else' })],
  ['a slash command without user_id', () => sendCommand(t.h.endpoint, SECRET, { command: '/kafka', text: 'x', team_id: TEAM })],
  [
    'a message shortcut without channel',
    () =>
      sendAction(t.h.endpoint, SECRET, {
        type: 'message_action',
        callback_id: 'ask_kafka_bot',
        user,
        team: { id: TEAM },
        message: { type: 'message', text: 'RAID', ts: '1.1' },
      }),
  ],
  [
    'a message shortcut without message',
    () =>
      sendAction(t.h.endpoint, SECRET, {
        type: 'message_action',
        callback_id: 'ask_kafka_bot',
        user,
        team: { id: TEAM },
        channel: { id: 'C1' },
      }),
  ],
];

describe('signed, malformed payloads', () => {
  for (const [what, send] of malformed) {
    it(`${what} → 400`, async () => {
      const res = await send();
      expect(res.status).toBe(400);
      await t.h.adapter.settled();
      expect(t.assistant.calls).toEqual([]);
    });
  }

  it('a press on a button that is not ours is acknowledged (200) and ignored', async () => {
    const foreign = { ...press, actions: [{ ...press.actions[0]!, action_id: 'someone-else:thing' }] };
    const res = await sendAction(t.h.endpoint, SECRET, foreign);
    expect(res.status).toBe(200);
    await t.h.adapter.settled();
    expect(t.assistant.calls).toEqual([]);
    expect(t.h.slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('keeps answering well-formed requests afterwards', async () => {
    for (const [, send] of malformed) await send();
    const { res } = await t.h.command('/kafka', 'RAID 10이 뭐야?');
    expect(res.status).toBe(200);
    await t.h.adapter.settled();
    expect(t.assistant.calls).toHaveLength(1);
  });
});
