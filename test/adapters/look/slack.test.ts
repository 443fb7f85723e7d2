// The look check on Slack: every reply kind driven over real HTTP (signed events, commands and
// presses against the fake Web API) on the bundled notes, each message checked as a person sees it
// (test/helpers/look.ts): answer, comparison, suggest, no_answer, help, quiz question / verdict /
// score / stats / top, welcome, path, quiz of the day (post and private verdict), digest, App Home.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackDailyDelivery } from '../../../adapters/slack/onboarding.js';
import { createAssistant, MemoryStore, Onboarding } from '../../../src/testing.js';
import type { RecordedCall } from '../../helpers/fake-slack.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { slackProblems } from '../../helpers/look.js';
import { bundledKnowledge, buttonsIn, quizButtons, startHarness, type Harness } from '../slack/harness.js';

const MONDAY_NINE = Date.UTC(2026, 10, 30, 0, 0); // Monday 09:00 in Asia/Seoul
const clock = { now: MONDAY_NINE - 3_600_000 };
let h: Harness;

beforeAll(async () => {
  const store = new MemoryStore({ now: () => clock.now });
  const knowledge = await bundledKnowledge();
  const digest = { platform: 'slack', channel: 'CLEAD', weekday: 1, at: '09:00' };
  const onboarding = new Onboarding({ store, knowledge, now: () => clock.now, timeZone: 'Asia/Seoul', instanceId: 'look', digest });
  const assistant = createAssistant({
    knowledge,
    store,
    onboarding,
    now: () => clock.now,
    random: () => 0.5,
    adminUserIds: ['UADMIN'],
    rateLimitPerMinute: 1000,
  });
  h = await startHarness(assistant, store, undefined, { knowledge, onboarding: { onboarding, channelIds: ['CONBOARD'] } });
  Object.assign(h, { onboarding });
});
afterAll(() => h?.close());

let ts = 1700000000;
const mention = (text: string, user = 'U1') => ({
  type: 'app_mention',
  user,
  text: `<@UBOT> ${text}`,
  channel: 'C1',
  ts: `${++ts}.000100`,
});

/** The message a step produced: the new postMessage, response_url post, update or ephemeral. */
async function next(method: string, before: number, what: string): Promise<RecordedCall> {
  return waitFor(() => h.slack.callsTo(method)[before], what);
}

const expectClean = (what: string, call: RecordedCall, quiz = false) => expect(slackProblems(call.args, quiz), what).toEqual([]);

describe('every Slack reply kind looks right', () => {
  it.each([
    ['answer', '브로커 메모리 얼마나?'],
    ['comparison', 'RAID10 vs RAID5'],
    ['suggest', 'RAID 비용 저널링'],
    ['no_answer', '쿠버네티스 오퍼레이터 설정은?'],
    ['help', 'help'],
  ])('%s', async (kind, question) => {
    const before = h.slack.callsTo('chat.postMessage').length;
    await h.event(mention(question));
    const post = await next('chat.postMessage', before, kind);
    expectClean(kind, post);
  });

  it('quiz question, verdict and score; stats and top with people as mentions', async () => {
    const { responseUrl } = await h.command('/kafka-quiz', '2', 'U2');
    let message = await waitFor(() => h.slack.calls.find((c) => c.url === responseUrl), 'the quiz');
    expectClean('quiz question', message, true);
    for (let i = 0; i < 2; i++) {
      const [o] = quizButtons(message.args.blocks);
      expect(o?.text.text).toBe('O');
      const { responseUrl: pressUrl } = await h.click(o!, {
        user: 'U2',
        message: { ts: '1700000009.000100', blocks: message.args.blocks },
      });
      message = await waitFor(() => h.slack.calls.find((c) => c.url === pressUrl), 'the verdict');
      expectClean(i === 0 ? 'quiz verdict' : 'quiz score', message, true);
    }
    expect(JSON.stringify(message.args.blocks)).toMatch(/🏁 \d \/ 2/);
    for (const sub of ['stats', 'top']) {
      const { responseUrl: url } = await h.command('/kafka-quiz', sub, 'U2');
      const shown = await waitFor(() => h.slack.calls.find((c) => c.url === url), sub);
      expectClean(sub, shown);
      if (sub === 'top') expect(JSON.stringify(shown.args.blocks)).toContain('<@U2>');
    }
  });

  it('welcome and path', async () => {
    const before = h.slack.callsTo('chat.postMessage').length;
    await h.event({ type: 'member_joined_channel', user: 'UNEW', channel: 'CONBOARD', channel_type: 'C', team: 'T1', event_ts: `${++ts}` });
    expectClean('welcome', await next('chat.postMessage', before, 'the welcome'));
    const { responseUrl } = await h.command('/kafka', 'path', 'UNEW');
    expectClean('path', await waitFor(() => h.slack.calls.find((c) => c.url === responseUrl), 'the path'));
  });

  it('quiz of the day: the post looks right and the verdict is private', async () => {
    const { responseUrl } = await h.command('/kafka-quiz', 'daily on 00:00', 'UADMIN');
    await waitFor(() => h.slack.calls.find((c) => c.url === responseUrl), 'daily on');
    const before = h.slack.callsTo('chat.postMessage').length;
    const onboarding = (h as Harness & { onboarding: Onboarding }).onboarding;
    await onboarding.daily.tick({ slack: slackDailyDelivery(h.adapter.app.client) });
    const post = await next('chat.postMessage', before, 'the post');
    expectClean('daily post', post);
    const [o, x] = buttonsIn(post.args.blocks).filter((b) => b.text.text === 'O' || b.text.text === 'X');
    expect([o?.text.text, x?.text.text]).toEqual(['O', 'X']);
    const posts = h.slack.callsTo('chat.postMessage').length;
    await h.click(o!, { user: 'U3', channel: 'C1', message: { ts: post.args.ts as string } });
    const verdict = await waitFor(() => h.slack.callsTo('chat.postEphemeral').find((c) => c.args.user === 'U3'), 'verdict');
    expectClean('daily verdict', verdict);
    expect(JSON.stringify(verdict.args.blocks)).toMatch(/정답이에요|아쉬워요/);
    await h.adapter.settled();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(posts);
  });

  it('digest names people as mentions', async () => {
    const onboarding = (h as Harness & { onboarding: Onboarding }).onboarding;
    clock.now = MONDAY_NINE + 60_000;
    const before = h.slack.callsTo('chat.postMessage').length;
    await onboarding.tick({ slack: slackDailyDelivery(h.adapter.app.client) });
    const digest = await waitFor(
      () =>
        h.slack
          .callsTo('chat.postMessage')
          .slice(before)
          .find((c) => c.args.channel === 'CLEAD'),
      'digest',
    );
    expectClean('digest', digest);
    const shown = JSON.stringify(digest.args.blocks);
    expect(shown).toContain('<@UNEW>');
    expect(shown).not.toMatch(/[^@]UNEW/);
  });

  it('App Home', async () => {
    const before = h.slack.callsTo('views.publish').length;
    await h.event({ type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home', event_ts: `${++ts}` });
    const publish = await next('views.publish', before, 'the home');
    const blocks = (publish.args.view as { blocks: unknown[] }).blocks;
    expect(slackProblems({ text: 'App Home', blocks })).toEqual([]);
  });
});
