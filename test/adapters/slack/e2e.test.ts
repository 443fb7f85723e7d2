// End to end over real HTTP, no Slack: signed events, commands and clicks go to the adapter in HTTP
// mode on the real assistant and bundled notes; what it sends is read back from the fake Slack.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/testing.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { buttonsIn, realAssistant, spy, startHarness, useHarness } from './harness.js';
import { decodeAction } from '../../../adapters/slack/action-value.js';

const t = useHarness(async (store) => spy(await realAssistant(store)));

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U1',
  text: `<@UBOT> ${text}`,
  ts: '1700000000.000100',
  channel: 'C1',
  team: 'T1',
  ...extra,
});

describe('Slack adapter over HTTP', () => {
  it('answers a mention in a thread under the question', async () => {
    const res = await t.h.event(mention('RAID 10이 뭐야?'));
    expect(res.status).toBe(200);
    const post = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer');
    expect(post.args).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(post.token).toBe('xoxb-test-token');
    expect(String(post.args.text)).toContain('RAID 10');
    const buttons = buttonsIn(post.args.blocks).map((b) => b.text.text);
    expect(buttons).toContain('👍');
    expect(buttons).toContain('👎');
    expect(buttons.length).toBeGreaterThan(2);
    expect(JSON.stringify(post.args.blocks)).toContain('kafka-cluster-operations.md:');
    // The notification line: one plain line, no mrkdwn bold, no [bracketed] title.
    expect(String(post.args.text)).not.toMatch(/\n|\*\*|^\[/);
    expect(t.assistant.calls[0]).toMatchObject({ platform: 'slack', userId: 'slack:T1:U1', rawUserId: 'U1', text: 'RAID 10이 뭐야?' });
  });

  it('answers inside the thread when mentioned in one', async () => {
    await t.h.event(mention('질문', { ts: '1700000000.000300', thread_ts: '1700000000.000200' }));
    const post = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer');
    expect(post.args.thread_ts).toBe('1700000000.000200');
  });

  it('answers a follow-up in a thread it answered, and never reads other threads', async () => {
    await t.h.event(mention('RAID 10이 뭐야?'));
    await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the first answer');
    await t.h.event({
      type: 'message',
      channel_type: 'channel',
      user: 'U2',
      text: '남의 스레드',
      ts: '1700000001.000100',
      thread_ts: '1600000000.000100',
      channel: 'C1',
    });
    await t.h.event({ type: 'message', channel_type: 'channel', user: 'U2', text: '채널 잡담', ts: '1700000001.000150', channel: 'C1' });
    await t.h.event({
      type: 'message',
      channel_type: 'channel',
      user: 'U1',
      text: '그럼 RAID 5는?',
      ts: '1700000001.000200',
      thread_ts: '1700000000.000100',
      channel: 'C1',
    });
    await waitFor(() => t.h.slack.callsTo('chat.postMessage')[1], 'the follow-up answer');
    await t.h.adapter.settled();
    const posts = t.h.slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.args).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(t.assistant.calls.map((c) => c.text)).toEqual(['RAID 10이 뭐야?', '그럼 RAID 5는?']);
  });

  it('answers a DM in the DM, and ignores bots, itself, edits and deletes', async () => {
    const dm = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1' };
    await t.h.event({ ...dm, user: 'UBOT', text: '내 메시지', ts: '1.1' });
    await t.h.event({ ...dm, bot_id: 'B9', user: 'U9', text: '다른 봇', ts: '1.2' });
    await t.h.event({ ...dm, subtype: 'bot_message', bot_id: 'B9', text: '다른 봇', ts: '1.3' });
    await t.h.event({ ...dm, subtype: 'message_changed', message: { text: 'edited' }, ts: '1.4' });
    await t.h.event({ ...dm, subtype: 'message_deleted', ts: '1.5' });
    await t.h.event({ ...dm, text: 'RAID 10이 뭐야?', ts: '1.6' });
    const post = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the DM answer');
    await t.h.adapter.settled();
    expect(post.args.channel).toBe('D1');
    expect(post.args.thread_ts).toBeUndefined();
    expect(t.h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(t.assistant.calls).toHaveLength(1);
  });

  it('replies once to a redelivered event and once to app_mention + message of the same message', async () => {
    await t.h.event(mention('RAID 10이 뭐야?'), { eventId: 'EvSame' });
    await t.h.event(mention('RAID 10이 뭐야?'), {
      eventId: 'EvSame',
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await t.h.event({
      type: 'message',
      channel_type: 'channel',
      user: 'U1',
      text: '<@UBOT> RAID 10이 뭐야?',
      ts: '1700000000.000100',
      channel: 'C1',
    });
    await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer');
    await t.h.adapter.settled();
    expect(t.h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(t.assistant.calls).toHaveLength(1);
  });

  it('/kafka answers only the asker, and "Share in channel" posts it publicly', async () => {
    const { res, responseUrl } = await t.h.command('/kafka', 'RAID 10이 뭐야?');
    expect(res.status).toBe(200);
    const reply = await waitFor(() => t.h.slack.callsTo('response_url').find((c) => c.url === responseUrl), 'the ephemeral answer');
    expect(reply.args.response_type).toBe('ephemeral');
    const share = buttonsIn(reply.args.blocks).find((b) => b.text.text.includes('Share in channel'));
    expect(share).toBeDefined();
    const click = await t.h.click(share!, { user: 'U1', ephemeral: true });
    const shared = await waitFor(
      () => t.h.slack.callsTo('response_url').find((c) => c.url === click.responseUrl && c.args.response_type === 'in_channel'),
      'the shared answer',
    );
    expect(String(shared.args.text)).toContain('RAID 10');
    expect(buttonsIn(shared.args.blocks).some((b) => b.text.text.includes('Share'))).toBe(false);
    await waitFor(
      () => t.h.slack.callsTo('response_url').find((c) => c.url === click.responseUrl && c.args.delete_original === true),
      'the ephemeral removed',
    );
  });

  it('a follow-up button asks the follow-up in the thread of the answer', async () => {
    await t.h.event(mention('RAID 10이 뭐야?'));
    const post = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer');
    // A follow-up is a row (its whole question shown) with a 물어보기 button that asks it.
    const followUp = buttonsIn(post.args.blocks).find((b) => b.text.text === '물어보기')!;
    const question = (decodeAction(followUp.value) as { question: string }).question;
    expect(JSON.stringify(post.args.blocks)).toContain(question);
    await t.h.click(followUp, { user: 'U1', message: { ts: '1700000002.000100', thread_ts: '1700000000.000100' } });
    const second = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[1], 'the follow-up answer');
    expect(second.args).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(t.assistant.calls[1]).toMatchObject({ text: question, action: { type: 'ask' } });
  });

  it('records 👍 once per click and thanks in place: the feedback buttons become a line, no new message', async () => {
    await t.h.event(mention('RAID 10이 뭐야?'));
    const post = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer');
    const up = buttonsIn(post.args.blocks).find((b) => b.text.text === '👍')!;
    expect(up.type).toBe('feedback_buttons');
    const message = { ts: '1700000002.000100', thread_ts: '1700000000.000100', blocks: post.args.blocks };
    await Promise.all([t.h.click(up, { user: 'U2', message }), t.h.click(up, { user: 'U2', message })]);
    const update = await waitFor(() => t.h.slack.callsTo('chat.update')[0], 'the card thanked in place');
    await t.h.adapter.settled();
    expect(update.args).toMatchObject({ channel: 'C1', ts: '1700000002.000100' });
    const blocks = JSON.stringify(update.args.blocks);
    expect(blocks).toContain('피드백 고마워요');
    expect(blocks).not.toContain('feedback_buttons');
    expect(blocks).toContain(JSON.stringify((post.args.blocks as Array<{ text?: unknown }>)[0]));
    expect(t.h.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
    expect(t.h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    const recorded = await t.h.store.listFeedback();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ userId: 'slack:T1:U2', platform: 'slack', question: 'RAID 10이 뭐야?', vote: 'up' });
    expect(recorded[0]?.ref).toMatch(/^knowledge\/kafka-cluster-operations\.md#L\d+/);
    expect(t.h.slack.callsTo('chat.update')).toHaveLength(1);
  });

  it('never pings: <!channel>, <!here> and <@U123> in a question are read away (not the question), & is escaped', async () => {
    await t.h.event(mention('zzz <!channel> <!here> <@U123> & co'));
    const post = await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer');
    const raw = JSON.stringify(post.args);
    expect(raw).not.toMatch(/<!channel>|<!here>|<@U123>|!channel|@U123/);
    expect(String(post.args.text)).toContain('&amp; co');
  });

  it('retries a rate-limited chat.postMessage and still posts once', async () => {
    t.h.slack.rateLimitNext('chat.postMessage');
    await t.h.event(mention('RAID 10이 뭐야?'));
    await waitFor(() => t.h.slack.callsTo('chat.postMessage')[0], 'the answer after the retry');
    await t.h.adapter.settled();
    expect(t.h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('publishes the App Home tab with usage, topics and progress', async () => {
    await t.h.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', ts: '1.9' });
    const publish = await waitFor(() => t.h.slack.callsTo('views.publish')[0], 'views.publish');
    expect(publish.args.user_id).toBe('U1');
    const raw = JSON.stringify(publish.args.view);
    expect(raw).toContain('/kafka-quiz');
    expect(raw).toContain('카프카 클러스터');
    const stats = await t.assistant.handle({
      platform: 'slack',
      userId: 'slack:T1:U1',
      rawUserId: 'U1',
      command: 'kafka-quiz',
      text: 'stats',
    });
    expect(raw).toContain('내 퀴즈 기록');
    expect(stats.facts).toBeUndefined();
    expect(raw).toContain('아직 푼 문제가 없어요');
    // One quiz button, not two near-identical ones; the help reply's greeting is not repeated.
    const homeButtons = buttonsIn((publish.args.view as { blocks: unknown }).blocks).map((b) => b.text.text);
    expect(homeButtons.filter((b) => b.includes('퀴즈') && b !== '이 단계 퀴즈')).toEqual(['퀴즈 5문제 풀기']);
    expect(raw).not.toContain('도움말');
    expect(buttonsIn(publish.args.view && (publish.args.view as { blocks: unknown }).blocks).length).toBeGreaterThan(0);
  });
});

describe('when the core fails', () => {
  it('apologises instead of staying silent, and logs no token', async () => {
    const failing = createFakeAssistant();
    const lines: string[] = [];
    const logger = {
      debug() {},
      info() {},
      warn() {},
      error: (obj: object, msg?: string) => void lines.push(JSON.stringify({ ...obj, msg })),
    };
    const hf = await startHarness(failing, new MemoryStore(), logger);
    try {
      await hf.event(mention('boom'));
      const post = await waitFor(() => hf.slack.callsTo('chat.postMessage')[0], 'the apology');
      expect(String(post.args.text)).toContain('죄송해요');
      expect(post.args.thread_ts).toBe('1700000000.000100');
      const { responseUrl } = await hf.command('/kafka', 'boom');
      const sorry = await waitFor(() => hf.slack.callsTo('response_url').find((c) => c.url === responseUrl), 'the command apology');
      expect(sorry.args).toMatchObject({ response_type: 'ephemeral' });
      expect(String(sorry.args.text)).toContain('죄송해요');
      expect(lines.join('\n')).toContain('search index exploded');
      expect(lines.join('\n')).toContain('"channel":"C1"');
      expect(lines.join('\n')).not.toContain('xoxb-');
    } finally {
      await hf.close();
    }
  });
});
