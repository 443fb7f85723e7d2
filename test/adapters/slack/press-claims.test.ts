// Press claims never outlive failed work (issue 10 #1): a vote whose handling failed before it was
// stored can be cast again; a vote that was stored but whose "thanks" failed still counts once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant, Incoming } from '../../../src/index.js';
import { createFakeAssistant, type FakeAssistant } from '../../helpers/fake-assistant.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { buttonsIn, startHarness, type Harness } from './harness.js';

let h: Harness;
let fake: FakeAssistant;
let failNext = false;

beforeEach(async () => {
  fake = createFakeAssistant();
  failNext = false;
  const assistant: Assistant = {
    handle: (message: Incoming) => {
      if (failNext && message.action?.type === 'feedback') {
        failNext = false;
        return Promise.reject(new Error('store briefly unavailable'));
      }
      return fake.handle(message);
    },
  };
  h = await startHarness(assistant);
});
afterEach(async () => {
  await h.close();
});

async function thumbsUp() {
  const { responseUrl } = await h.command('/kafka', 'RAID 10이 뭐야?');
  const answer = await waitFor(() => h.slack.callsTo('response_url').find((c) => c.url === responseUrl), 'the answer');
  return buttonsIn(answer.args.blocks).find((b) => b.text.text === '👍')!;
}

describe('press claims after failures', () => {
  it('a vote that failed before it was stored can be cast again', async () => {
    const up = await thumbsUp();
    const where = { user: 'U1', channel: 'C1', message: { ts: '1700000042.000100' } };
    failNext = true;
    await h.click(up, where);
    await h.adapter.settled();
    expect(fake.feedback).toHaveLength(0);
    await h.click(up, where);
    await h.adapter.settled();
    expect(fake.feedback).toHaveLength(1);
  });

  it('a vote that was stored counts once even when its thanks could not be shown', async () => {
    const up = await thumbsUp();
    const where = { user: 'U1', channel: 'C1', message: { ts: '1700000044.000100' } };
    h.slack.fail('chat.postEphemeral', { status: 500 });
    h.slack.fail('response_url', { status: 500 });
    await h.click(up, where);
    await h.adapter.settled();
    h.slack.clearFaults();
    await h.click(up, where);
    await h.adapter.settled();
    expect(fake.feedback).toHaveLength(1);
  });
});
