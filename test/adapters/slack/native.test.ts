// Slack-native surfaces over real HTTP against the fake Web API, with payloads shaped like Slack's:
// the agent pane (assistant_thread_started, assistant_thread_context_changed, messages in the pane's
// thread), the message shortcut `ask_kafka_bot` (ephemeral, or a DM when the bot is not in the
// channel; Share in channel), `/kafka` with no text, and App Home's per-topic mastery bars.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Assistant, type Incoming } from '../../../src/index.js';
import { MemoryStore } from '../../../src/testing.js';
import { LOADING_MESSAGES, STATUS_SEARCHING, WELCOME } from '../../../adapters/slack/assistant.js';
import { PATH_PROMPT, QUIZ_PROMPT } from '../../../adapters/slack/prompts.js';
import { mainSubjects } from '../../../src/index.js';
import { DM_NOTE, SHORTCUT_CALLBACK_ID } from '../../../adapters/slack/shortcut.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { bundledKnowledge, buttonsIn, realAssistant, spy, startHarness, type Harness } from './harness.js';

let h: Harness;
let assistant: Assistant & { calls: Incoming[] };

beforeEach(async () => {
  const store = new MemoryStore();
  assistant = spy(await realAssistant(store));
  h = await startHarness(assistant, store, undefined, { knowledge: await bundledKnowledge() });
});
afterEach(async () => {
  await h.close();
});

const PANE = { channel_id: 'D1', thread_ts: '1729999327.187299' };

/** assistant_thread_started as Slack sends it when the user opens the pane. */
const threadStarted = (context: Record<string, unknown> = { channel_id: 'C1', team_id: 'T1', enterprise_id: null }) => ({
  type: 'assistant_thread_started',
  assistant_thread: { user_id: 'U1', context, ...PANE },
  event_ts: '1729999327.187300',
});

/** A message the user types in the pane's thread (message.im). */
const paneMessage = (text: string, ts: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  user: 'U1',
  text,
  ts,
  thread_ts: PANE.thread_ts,
  channel: PANE.channel_id,
  channel_type: 'im',
  team: 'T1',
  ...extra,
});

describe('agent pane', () => {
  it('greets a new thread and sets four prompts: three main subjects and the quiz', async () => {
    expect((await h.event(threadStarted())).status).toBe(200);
    const prompts = await waitFor(() => h.slack.callsTo('assistant.threads.setSuggestedPrompts')[0], 'suggested prompts');
    expect(prompts.args).toMatchObject({ channel_id: 'D1', thread_ts: PANE.thread_ts });
    const list = prompts.args.prompts as Array<{ title: string; message: string }>;
    expect(list).toHaveLength(4);
    expect(list[0]).toEqual(PATH_PROMPT);
    expect(list.at(-1)).toEqual(QUIZ_PROMPT);
    // Questions a newcomer asks, about the notes' own main subjects (not bare subject names).
    const [first, second] = mainSubjects((await bundledKnowledge()).current, 2);
    expect(list[1]?.title).toMatch(new RegExp(`^${first}[이가] 뭐예요\\?$`));
    expect(list[2]?.title).toMatch(new RegExp(`^${first}[와과] ${second} 차이가 뭐예요\\?$`));
    for (const p of list.slice(1, 3)) expect(p.message).toBe(p.title);
    const welcome = h.slack.callsTo('chat.postMessage')[0];
    expect(welcome?.args).toMatchObject({ channel: 'D1', thread_ts: PANE.thread_ts, text: WELCOME });
    // the context travels with the message as metadata (Bolt's say), without any conversations.replies call
    expect(JSON.stringify(welcome?.args.metadata)).toContain('C1');
    expect(h.slack.callsTo('conversations.replies')).toHaveLength(0);
  });

  it('answers in the thread with a status while working, titled by the first question only', async () => {
    await h.event(paneMessage('RAID 10이 뭐야?', '1729999400.000100'));
    const answer = await waitFor(() => h.slack.callsTo('chat.postMessage')[0], 'the answer');
    expect(answer.args).toMatchObject({ channel: 'D1', thread_ts: PANE.thread_ts });
    expect(String(answer.args.text)).toContain('RAID 10');
    const order = h.slack.calls.map((c) => c.method);
    expect(order.indexOf('assistant.threads.setStatus')).toBeLessThan(order.indexOf('chat.postMessage'));
    expect(h.slack.callsTo('assistant.threads.setStatus')[0]?.args).toMatchObject({
      channel_id: 'D1',
      thread_ts: PANE.thread_ts,
      status: STATUS_SEARCHING,
      loading_messages: LOADING_MESSAGES,
    });
    expect(h.slack.callsTo('assistant.threads.setTitle')[0]?.args).toMatchObject({
      channel_id: 'D1',
      thread_ts: PANE.thread_ts,
      title: 'RAID 10이 뭐야?',
    });

    await h.event(paneMessage('RAID 5는?', '1729999410.000100'));
    await waitFor(() => h.slack.callsTo('chat.postMessage')[1], 'the second answer');
    expect(h.slack.callsTo('assistant.threads.setTitle')).toHaveLength(1);
    expect(h.slack.callsTo('assistant.threads.setStatus')).toHaveLength(2);
    expect(assistant.calls.map((c) => c.text)).toEqual(['RAID 10이 뭐야?', 'RAID 5는?']);
  });

  it('still answers when the workspace rejects status and title (no agent pane on its plan)', async () => {
    h.slack.failWhen('assistant.threads.setStatus', 'not_allowed');
    h.slack.failWhen('assistant.threads.setTitle', 'not_allowed');
    await h.event(paneMessage('브로커 메모리 얼마나?', '1729999500.000100'));
    const answer = await waitFor(() => h.slack.callsTo('chat.postMessage')[0], 'the answer');
    expect(JSON.stringify(answer.args.blocks)).toContain('메모리');
  });

  it('ignores its own messages and redeliveries in the pane', async () => {
    await h.event(paneMessage('봇의 답', '1729999600.000100', { user: 'UBOT', bot_id: 'BBOT' }));
    const again = paneMessage('RAID 10이 뭐야?', '1729999600.000200');
    await h.event(again, { eventId: 'EvPane1' });
    await h.event(again, { eventId: 'EvPane1', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await waitFor(() => h.slack.callsTo('chat.postMessage')[0], 'the answer');
    await h.adapter.settled();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(assistant.calls).toHaveLength(1);
  });

  it('handles assistant_thread_context_changed without Slack round trips, and uses the new context', async () => {
    await h.event(threadStarted());
    await waitFor(() => h.slack.callsTo('assistant.threads.setSuggestedPrompts')[0], 'prompts');
    const changed = {
      ...threadStarted({ channel_id: 'C2', team_id: 'T1', enterprise_id: null }),
      type: 'assistant_thread_context_changed',
    };
    expect((await h.event(changed)).status).toBe(200);
    await h.adapter.settled();
    expect(h.slack.callsTo('conversations.replies')).toHaveLength(0);
    expect(h.slack.callsTo('chat.update')).toHaveLength(0);
    expect(assistant.calls).toHaveLength(0);
  });

  it('leaves DMs outside the pane, mentions and /kafka to the usual handlers', async () => {
    await h.event({ type: 'message', user: 'U1', text: 'RAID 10이 뭐야?', ts: '1729999700.000100', channel: 'D1', channel_type: 'im' });
    const dm = await waitFor(() => h.slack.callsTo('chat.postMessage')[0], 'the DM answer');
    expect(dm.args.thread_ts).toBeUndefined();
    expect(h.slack.callsTo('assistant.threads.setStatus')).toHaveLength(0);
  });
});

/** A message shortcut payload (type `message_action`) as Slack posts it. */
function messageAction(channel: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message_action',
    token: 'legacy',
    action_ts: '1730000000.000001',
    callback_id: SHORTCUT_CALLBACK_ID,
    trigger_id: `trig-${Math.random()}`,
    message_ts: '1729000000.000100',
    response_url: h.slack.responseUrl(),
    team: { id: 'T1', domain: 'fake' },
    user: { id: 'U2', username: 'bob', name: 'bob', team_id: 'T1' },
    channel: { id: channel, name: 'ops' },
    message: { type: 'message', user: 'U9', ts: '1729000000.000100', text, ...extra },
    ...extra,
  };
}

describe('message shortcut ask_kafka_bot', () => {
  it("answers the message's text privately to the presser, with Share in channel that posts it", async () => {
    const res = await h.interact(messageAction('C1', 'RAID 10이 뭐야?'));
    expect(res.status).toBe(200);
    const eph = await waitFor(() => h.slack.callsTo('chat.postEphemeral')[0], 'the ephemeral answer');
    expect(eph.args).toMatchObject({ channel: 'C1', user: 'U2' });
    expect(assistant.calls[0]).toMatchObject({ userId: 'slack:T1:U2', rawUserId: 'U2', text: 'RAID 10이 뭐야?', command: 'kafka' });
    const share = buttonsIn(eph.args.blocks).find((b) => b.action_id === 'kafka:share');
    expect(share?.text.text).toContain('Share in channel');
    const { responseUrl } = await h.click(share!, { user: 'U2', channel: 'C1', ephemeral: true });
    const posted = await waitFor(
      () => h.slack.calls.find((c) => c.url === responseUrl && c.args.response_type === 'in_channel'),
      'the shared answer',
    );
    expect(JSON.stringify(posted.args.blocks)).toContain('<@U2> 님의 질문');
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers in the thread the message sits in', async () => {
    await h.interact(messageAction('C1', '브로커 메모리 얼마나?', { thread_ts: '1728000000.000100' }));
    const eph = await waitFor(() => h.slack.callsTo('chat.postEphemeral')[0], 'the ephemeral answer');
    expect(eph.args.thread_ts).toBe('1728000000.000100');
  });

  it('falls back to a DM without a share button when the bot is not in the channel', async () => {
    h.slack.failWhen('chat.postEphemeral', 'not_in_channel', (args) => args.channel === 'CNOBOT');
    await h.interact(messageAction('CNOBOT', 'RAID 10이 뭐야?'));
    const dm = await waitFor(() => h.slack.callsTo('chat.postMessage')[0], 'the DM');
    expect(dm.args.channel).toBe('U2');
    expect(String(dm.args.text)).toContain('RAID 10');
    expect(JSON.stringify(dm.args.blocks)).toContain(DM_NOTE.slice(0, 20));
    expect(buttonsIn(dm.args.blocks).some((b) => b.action_id === 'kafka:share')).toBe(false);
  });

  it('never pings anyone the message mentions when it echoes the text', async () => {
    await h.interact(messageAction('C1', 'zzz &lt;!channel&gt; &lt;@U7&gt; 는 뭐야?'));
    const eph = await waitFor(() => h.slack.callsTo('chat.postEphemeral')[0], 'the reply');
    expect(assistant.calls[0]?.text).toBe('zzz <!channel> <@U7> 는 뭐야?');
    const sent = JSON.stringify(eph.args);
    expect(sent).not.toContain('<!channel>');
    expect(sent).not.toContain('<@U7>');
  });

  it('a message without text gets help, and other callback ids are not ours', async () => {
    await h.interact(messageAction('C1', ''));
    const eph = await waitFor(() => h.slack.callsTo('chat.postEphemeral')[0], 'the reply');
    expect(String(eph.args.text)).toContain('Kafka Bot');
    await h.interact({ ...messageAction('C1', 'x'), callback_id: 'someone_else' });
    await h.adapter.settled();
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
  });
});

describe('/kafka and App Home', () => {
  it('/kafka with no text shows help, privately', async () => {
    const { responseUrl } = await h.command('/kafka', '   ');
    const reply = await waitFor(() => h.slack.calls.find((c) => c.url === responseUrl), 'the help');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(assistant.calls[0]?.text).toBe('help');
    expect(JSON.stringify(reply.args.blocks)).toContain('도움말');
  });

  it("App Home shows each quiz topic's mastery as a bar", async () => {
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1730000000.000100' });
    const view = await waitFor(() => h.slack.callsTo('views.publish')[0], 'the home view');
    const text = JSON.stringify(view.args.view);
    for (const label of ['RAID', '파일시스템', '서비스 모델', '하드웨어', 'Confluent/MSK', 'SaaS 장단점']) {
      // The bar starts each row, so bars line up whatever the topic's name.
      expect(text).toMatch(new RegExp(`░{10} ${label.replace('/', '\\/')}  0\\/\\d+`));
    }
  });
});
