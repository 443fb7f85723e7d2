// Work slots (adapters/shared/slots.ts) are given back whatever happens after an acquire: a signed
// /kafka without a `text` field (issue 10 #2) used to throw after taking one, and ~70 of them made
// every later ack wait for a slot that never came back.
import { describe, expect, it } from 'vitest';
import { WorkSlots } from '../../../adapters/shared/slots.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { sendCommand } from '../../helpers/slack-sign.js';
import { SECRET, TEAM, useHarness } from './harness.js';

const t = useHarness(() => createFakeAssistant());

/** A /kafka slash command as Slack sends it, minus the `text` field. */
function textless(i: number): Record<string, string> {
  return {
    token: 'legacy',
    team_id: TEAM,
    team_domain: 'fake',
    channel_id: 'C1',
    channel_name: 'kafka',
    user_id: `U${i}`,
    user_name: `name-${i}`,
    command: '/kafka',
    api_app_id: 'A1',
    response_url: t.h.slack.responseUrl(),
    trigger_id: `trig-textless-${i}`,
  };
}

describe('work slots', () => {
  it('a /kafka without text gets the help reply and gives its slot back (70 in a row)', async () => {
    const count = 70;
    const statuses = await Promise.all(
      Array.from({ length: count }, (_, i) => sendCommand(t.h.endpoint, SECRET, textless(i)).then((r) => r.status)),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    await waitFor(() => t.h.slack.callsTo('response_url').length >= count, `${count} replies`, 15_000);
    await t.h.adapter.settled();
    expect(t.h.adapter.slotsInUse()).toBe(0);
    expect(t.assistant.calls.slice(0, count).every((c) => c.text === 'help' && c.command === 'kafka')).toBe(true);
  });

  it('releases once, even when the release is called twice, and wakes a waiter', async () => {
    const slots = new WorkSlots(1, 60_000);
    const first = await slots.acquire();
    const second = slots.acquire();
    expect(slots.inUse).toBe(1);
    first();
    first();
    const release = await second;
    expect(slots.inUse).toBe(1);
    release();
    expect(slots.inUse).toBe(0);
  });
});
