// Ask an expert over real HTTP: an @mention the notes cannot answer gets "전문가에게 물어보기"; the
// signed press posts question, asker and thread link in EXPERTS_CHANNEL_ID; an expert's reply in that
// thread is relayed to the asker's thread once and shows up in the gap report next to the question.
import { afterEach, describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore, Onboarding } from '../../../src/testing.js';
import { gapsReport } from '../../../src/report/gaps.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { bundledKnowledge, startHarness, type Harness } from './harness.js';

const QUESTION = '카프카 스트림즈 윈도우 조인은 어떻게 설정해?';

describe('Slack ask-an-expert', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('forwards, relays the expert reply to the asker thread, and records it for gaps', async () => {
    const store = new MemoryStore();
    const knowledge = await bundledKnowledge();
    const onboarding = new Onboarding({ store, knowledge, instanceId: 't' });
    const assistant = createAssistant({ knowledge, store, onboarding, expertPlatforms: ['slack'], random: () => 0.5 });
    h = await startHarness(assistant, store, undefined, { onboarding: { onboarding, channelIds: [], expertsChannelId: 'CEXPERTS' } });
    const slack = h.slack;

    await h.event({
      type: 'app_mention',
      user: 'U1',
      text: `<@UBOT> ${QUESTION}`,
      ts: '1700000100.000100',
      channel: 'C1',
      channel_type: 'channel',
    });
    const answer = await waitFor(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C1'), 'no-answer reply');
    expect(answer.args.thread_ts).toBe('1700000100.000100');
    const blocks = JSON.stringify(answer.args.blocks);
    expect(blocks).toContain('전문가에게 물어보기');
    const value = JSON.stringify({ type: 'ask_expert', label: '전문가에게 물어보기', question: QUESTION });
    expect(blocks).toContain(JSON.stringify(value).slice(1, -1));

    // The press, on the bot's reply in the thread.
    await h.click(
      { action_id: 'kafka:ask_expert:0', value, text: { text: '전문가에게 물어보기' } },
      { user: 'U1', channel: 'C1', message: { ts: '1700000001.000100', thread_ts: '1700000100.000100' } },
    );
    const forwarded = await waitFor(() => slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'CEXPERTS'), 'experts post');
    expect(String(forwarded.args.text)).toContain(QUESTION);
    expect(String(forwarded.args.text)).toContain('<@U1>');
    expect(String(forwarded.args.text)).toContain('https://fake.slack.com/archives/C1/p1700000001000100');
    const confirm = await waitFor(() => slack.callsTo('chat.postEphemeral').find((c) => c.args.user === 'U1'), 'confirmation');
    expect(String(confirm.args.text)).toContain('전문가 채널에 물어봤어요');
    await h.adapter.settled();

    // The expert answers in the thread of the forwarded post (a message.channels event).
    const forwardedTs = (await store.listDocs('experts:requests'))[0]!.key.split(':').slice(2).join(':');
    const expertReply = {
      type: 'message',
      channel: 'CEXPERTS',
      channel_type: 'channel',
      user: 'UEXP',
      text: '윈도우 조인은 JoinWindows로 설정해요.',
      ts: '1700000200.000100',
      thread_ts: forwardedTs,
    };
    await h.event(expertReply);
    const relayed = await waitFor(
      () => slack.callsTo('chat.postMessage').find((c) => String(c.args.text).includes('전문가 답변')),
      'relay',
    );
    expect(relayed.args.channel).toBe('C1');
    expect(relayed.args.thread_ts).toBe('1700000100.000100');
    expect(String(relayed.args.text)).toContain('JoinWindows');
    await h.event(expertReply); // a redelivery with a new event id: relayed once
    await h.adapter.settled();
    expect(slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('전문가 답변'))).toHaveLength(1);
    // The expert's message was not treated as a question to answer.
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CEXPERTS')).toHaveLength(1);

    const report = await gapsReport(store, knowledge.current, Date.now());
    expect(report).toContain('## Expert answers to add to the notes (1)');
    expect(report).toMatch(/카프카 스트림즈 윈도우 조인은 어떻게 설정해\?" → "윈도우 조인은 JoinWindows로 설정해요\."/);
  });

  it('no button without an experts channel', async () => {
    const store = new MemoryStore();
    const assistant = createAssistant({ knowledge: await bundledKnowledge(), store });
    const reply = await assistant.handle({ platform: 'slack', userId: 'slack:T1:U1', text: QUESTION });
    expect(['no_answer', 'suggest']).toContain(reply.kind);
    expect(reply.actions.some((a) => a.type === 'ask_expert')).toBe(false);
  });
});
