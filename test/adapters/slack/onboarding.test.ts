// Welcome on Slack over real HTTP: signed member_joined_channel events -> users.info,
// conversations.open and chat.postMessage on the fake Web API; once per user, never for bots.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore, Onboarding } from '../../../src/testing.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { bundledKnowledge, realAssistant, startHarness, type Harness } from './harness.js';

const joined = (user: string, channel = 'CONBOARD') => ({
  type: 'member_joined_channel',
  user,
  channel,
  channel_type: 'C',
  team: 'T1',
  inviter: 'U0',
  event_ts: '1700000000.000200',
});

describe('Slack welcome', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function start(store = new MemoryStore()) {
    const onboarding = new Onboarding({ store, knowledge: await bundledKnowledge(), instanceId: 'test' });
    h = await startHarness(await realAssistant(store), store, undefined, { onboarding: { onboarding, channelIds: ['CONBOARD'] } });
    return h;
  }

  it('DMs a person who joins an onboarding channel once, with the first step of the path', async () => {
    const h = await start();
    expect((await h.event(joined('U7'))).status).toBe(200);
    const post = await waitFor(() => h.slack.callsTo('chat.postMessage')[0], 'welcome DM');
    expect(h.slack.callsTo('conversations.open')[0]?.args.users).toBe('U7');
    expect(post.args.channel).toBe('DU7');
    // The notification: one plain line; the welcome itself is in the blocks.
    expect(String(post.args.text)).not.toMatch(/\n|\*\*/);
    const values = JSON.stringify(post.args.blocks);
    expect(values).toContain('오신 걸 환영해요');
    expect(values).toContain('1. 카프카를 운영하는 방법');
    expect(values).toContain('이 단계 퀴즈');
    // The current step's section row with its 읽기 button, which reads that section.
    const rows = post.args.blocks as Array<{ text?: { text: string }; accessory?: { text: { text: string } } }>;
    const row = rows.find((b) => b.text?.text.includes('○ 카프카 클러스터 › 카프카 클러스터를 운영하는 방법'));
    expect(row?.accessory?.text.text).toBe('읽기');
    expect(values).toContain('`/kafka-quiz`');

    // Joining another onboarding channel later (a new event) sends nothing more.
    await h.event({ ...joined('U7'), event_ts: '1700000100.000100' });
    await h.event(joined('U8'));
    await waitFor(() => h.slack.callsTo('chat.postMessage').length === 2, 'second newcomer');
    await h.adapter.settled();
    expect(h.slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DU7', 'DU8']);
  });

  it('ignores other channels, bots, and the app itself', async () => {
    const h = await start();
    h.slack.botUsers.add('UROBOT');
    await h.event(joined('U7', 'CRANDOM'));
    await h.event(joined('UROBOT'));
    await h.event(joined('UBOT'));
    await h.adapter.settled();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.slack.callsTo('users.info').map((c) => c.args.user)).toEqual(['UROBOT']);
  });

  it('a failed DM is retried on the next join instead of being marked sent', async () => {
    const h = await start();
    h.slack.failWhen(
      'chat.postMessage',
      'channel_not_found',
      (args) => args.channel === 'DU9' && h!.slack.callsTo('chat.postMessage').length === 1,
    );
    await h.event(joined('U9'));
    await waitFor(() => h.slack.callsTo('chat.postMessage').length === 1, 'first attempt');
    await h.adapter.settled();
    await h.event({ ...joined('U9'), event_ts: '1700000200.000100' });
    await waitFor(() => h.slack.callsTo('chat.postMessage').length === 2, 'retry');
    await h.adapter.settled();
    expect(await h.store.getDoc('welcomed', 'slack:T1:U9')).toBeDefined();
  });

  it('two replicas sharing a store welcome a newcomer once', async () => {
    const store = new MemoryStore();
    const knowledge = await bundledKnowledge();
    const a = new Onboarding({ store, knowledge, instanceId: 'a' });
    const b = new Onboarding({ store, knowledge, instanceId: 'b' });
    const [pa, pb] = await Promise.all([a.welcome('slack:T1:U5', 'slack'), b.welcome('slack:T1:U5', 'slack')]);
    expect([pa, pb].filter(Boolean)).toHaveLength(1);
    await (pa ?? pb)!.sent();
    expect(await a.welcome('slack:T1:U5', 'slack')).toBeUndefined();
  });
});
