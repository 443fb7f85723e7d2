// The lead's weekly digest over real HTTP: newcomers welcomed through member_joined_channel, a
// question the notes could not answer and a missed quiz item, then Monday 09:00 in TZ (injected
// clock) -> one post in DIGEST_CHANNEL_ID on the fake Slack API with progress, idle members, misses
// and unanswered questions; never twice that week.
import { afterEach, describe, expect, it } from 'vitest';
import { slackDailyDelivery } from '../../../adapters/slack/onboarding.js';
import { loadConfig } from '../../../src/index.js';
import { createAssistant, MemoryStore, Onboarding } from '../../../src/testing.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { bundledKnowledge, startHarness, type Harness } from './harness.js';

const MONDAY_NINE = Date.UTC(2026, 10, 30, 0, 0); // Monday 2026-11-30 09:00 in Asia/Seoul
const DAY = 86_400_000;

describe('lead digest', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('DIGEST_AT is a weekday and a time; default Monday 09:00', () => {
    expect(loadConfig({ DIGEST_CHANNEL_ID: 'CLEAD' }).onboarding.digest).toEqual({ channelId: 'CLEAD', weekday: 1, at: '09:00' });
    expect(loadConfig({ DIGEST_CHANNEL_ID: 'CLEAD', DIGEST_AT: 'Fri 17:30' }).onboarding.digest).toEqual({
      channelId: 'CLEAD',
      weekday: 5,
      at: '17:30',
    });
    // Every bad variable in one message, never their values.
    const error = (() => {
      try {
        loadConfig({ DIGEST_AT: '9시', TZ: 'Mars/Base', EXPERTS_CHANNEL_ID: 'lead' });
      } catch (e) {
        return String((e as Error).message);
      }
    })();
    for (const name of ['DIGEST_AT', 'TZ', 'EXPERTS_CHANNEL_ID']) expect(error).toContain(name);
    for (const value of ['9시', 'Mars/Base', 'lead']) expect(error).not.toContain(value);
  });

  it('posts progress, idle members, most-missed items and unanswered questions once on Monday 09:00', async () => {
    const clock = { now: MONDAY_NINE - 20 * DAY };
    const store = new MemoryStore({ now: () => clock.now });
    const knowledge = await bundledKnowledge();
    const digest = { platform: 'slack', channel: 'CLEAD', weekday: 1, at: '09:00' };
    const onboarding = new Onboarding({ store, knowledge, now: () => clock.now, timeZone: 'Asia/Seoul', instanceId: 't', digest });
    const assistant = createAssistant({ knowledge, store, onboarding, now: () => clock.now, random: () => 0.5 });
    h = await startHarness(assistant, store, undefined, { onboarding: { onboarding, channelIds: ['CONBOARD'] } });
    const slack = h.slack;
    const join = (user: string) =>
      h!.event({
        type: 'member_joined_channel',
        user,
        channel: 'CONBOARD',
        channel_type: 'C',
        team: 'T1',
        event_ts: `${clock.now / 1000}`,
      });

    await join('UOLD'); // 20 days ago, nothing since: idle
    await waitFor(() => slack.callsTo('chat.postMessage').length === 1, 'first welcome');
    await h.adapter.settled();
    clock.now = MONDAY_NINE - 2 * DAY;
    await join('UNEW');
    await waitFor(() => slack.callsTo('chat.postMessage').length === 2, 'two welcomes');
    await h.adapter.settled();
    // UNEW reads the first step and asks something the notes do not cover.
    const path = await assistant.handle({ platform: 'slack', userId: 'slack:T1:UNEW', command: 'kafka', text: 'path' });
    const read = path.actions.find((a) => a.type === 'ask')!;
    await assistant.handle({ platform: 'slack', userId: 'slack:T1:UNEW', action: read });
    await assistant.handle({ platform: 'slack', userId: 'slack:T1:UNEW', text: '카프카 스트림즈 윈도우 조인은 어떻게 설정해?' });
    const quiz = await assistant.handle({ platform: 'slack', userId: 'slack:T1:UNEW', command: 'kafka-quiz', text: '1' });
    const item = knowledge.current.quizItems.find((i) => i.statement === quiz.quiz?.question?.statement)!;
    const wrong = item.answer === 'O' ? 'X' : 'O';
    await assistant.handle({
      platform: 'slack',
      userId: 'slack:T1:UNEW',
      action: { type: 'quiz_answer', label: wrong, sessionId: quiz.quiz!.sessionId, index: 0, choice: wrong },
    });

    const deliver = { slack: slackDailyDelivery(h.adapter.app.client) };
    clock.now = MONDAY_NINE - 60_000;
    await onboarding.tick(deliver);
    const digests = () => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CLEAD');
    expect(digests()).toHaveLength(0);
    clock.now = MONDAY_NINE;
    await Promise.all([onboarding.tick(deliver), onboarding.tick(deliver)]);
    clock.now = MONDAY_NINE + 3 * 3_600_000;
    await onboarding.tick(deliver);
    expect(digests()).toHaveLength(1);
    expect(String(digests()[0]!.args.text)).toContain('주간 온보딩 리포트');
    // People as mentions (Slack shows their names), never raw ids.
    const text = JSON.stringify(digests()[0]!.args.blocks);
    expect(text).toContain('<@UNEW> — 0/5 단계 · 지금: 카프카를 운영하는 방법');
    const sections = (digests()[0]!.args.blocks as Array<{ text?: { text: string } }>).map((b) => b.text?.text ?? '');
    const idle = sections.findIndex((t) => t.includes('활동이 없는 멤버'));
    expect(sections[idle + 1]).toBe('<@UOLD> — 마지막 활동 20일 전');
    expect(text).not.toMatch(/[^@]UNEW|[^@]UOLD/);
    expect(text).toContain(`${item.statement} — 1회`);
    expect(text).toContain('\\"카프카 스트림즈 윈도우 조인은 어떻게 설정해?\\" — 1회');
  });
});
