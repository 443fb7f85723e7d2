// Review nudges end to end: a quiz finished over signed Slack requests with misses enrolls the user;
// the schedule (injected clock) DMs "복습할 문제 N개가 있어요" with a start button via
// conversations.open + chat.postMessage on the fake Web API, at most once a day; nudges off stops it.
import { afterEach, describe, expect, it } from 'vitest';
import { slackDirectDelivery } from '../../../adapters/slack/onboarding.js';
import { type Reply } from '../../../src/index.js';
import { createAssistant, MemoryStore, Onboarding } from '../../../src/testing.js';
import { waitFor } from '../../helpers/fake-slack.js';
import { bundledKnowledge, startHarness, type Harness } from './harness.js';

const NINE = Date.UTC(2026, 10, 25, 0, 0); // 09:00 in Asia/Seoul
const DAY = 86_400_000;

describe('Slack review nudges', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('DMs once a day after a quiz with misses; the button starts the review; nudges off stops them', async () => {
    const clock = { now: NINE - 3_600_000 };
    const store = new MemoryStore({ now: () => clock.now });
    const knowledge = await bundledKnowledge();
    const onboarding = new Onboarding({ store, knowledge, now: () => clock.now, timeZone: 'Asia/Seoul', instanceId: 't' });
    const assistant = createAssistant({ knowledge, store, onboarding, now: () => clock.now, random: () => 0.5 });
    h = await startHarness(assistant, store);
    const slack = h.slack;

    // A 1-question quiz answered wrong, over signed /kafka-quiz and a button press.
    const { responseUrl } = await h.command('/kafka-quiz', '1', 'U5');
    const quiz = await waitFor(() => slack.calls.find((c) => c.url === responseUrl), 'quiz');
    const blocks = JSON.stringify(quiz.args.blocks);
    const values = [...blocks.matchAll(/"value":"((?:[^"\\]|\\.)*)"/g)].map(
      (m) => JSON.parse(JSON.parse(`"${m[1]}"`)) as { type: string; choice?: string; sessionId?: string },
    );
    const active = await store.getActiveSession('slack:T1:U5');
    const item = knowledge.current.quizItems.find((i) => i.id === active?.itemIds[0])!;
    const wrong = values.find((v) => v.type === 'quiz_answer' && v.choice !== item.answer)!;
    await h.click(
      { action_id: 'kafka:quiz_answer:0', value: JSON.stringify(wrong), text: { text: String(wrong.choice) } },
      { user: 'U5', message: { ts: '1700000001.000100' } },
    );
    await waitFor(() => slack.calls.filter((c) => c.url === responseUrl || c.method === 'response_url').length >= 2, 'quiz result');
    await h.adapter.settled();
    const progress = await store.listProgress('slack:T1:U5');
    expect(progress).toMatchObject([{ itemId: item.id, wrong: 1 }]);

    const direct = { slack: slackDirectDelivery(h.adapter.app.client) };
    await onboarding.tick({}, direct); // 08:00: too early
    expect(slack.callsTo('conversations.open')).toHaveLength(0);
    clock.now = NINE;
    await onboarding.tick({}, direct);
    await onboarding.tick({}, direct);
    const dms = slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('복습할 문제'));
    expect(dms).toHaveLength(1);
    expect(slack.callsTo('conversations.open')[0]?.args.users).toBe('U5');
    expect(dms[0]?.args.channel).toBe('DU5');
    expect(String(dms[0]?.args.text)).toContain('복습할 문제 1개가 있어요');
    expect(JSON.stringify(dms[0]?.args.blocks)).toContain('"command\\":\\"review\\"');

    const off: Reply = await assistant.handle({
      platform: 'slack',
      userId: 'slack:T1:U5',
      rawUserId: 'U5',
      command: 'kafka-quiz',
      text: 'nudges off',
    });
    expect(off.body).toContain('껐어요');
    clock.now = NINE + DAY;
    await onboarding.tick({}, direct);
    expect(slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('복습할 문제'))).toHaveLength(1);
  });
});
