// The quiz of the day in the core, on an injected clock: admin switch, the post at HH:MM in TZ once a
// day, one answer per person with a private verdict, the reveal and weekly board in the next post,
// streaks, a failed delivery retried, and a crash after the post record never doubling the post.
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import { Onboarding } from '../../src/onboarding/service.js';
import type { Action, Incoming, Reply } from '../../src/index.js';
import type { DailyChannel } from '../../src/testing.js';
import { bundled } from '../helpers/knowledge.js';

const ZONE = 'Asia/Seoul';
/** 2026-11-25 10:00 in Seoul. */
const TEN = Date.UTC(2026, 10, 25, 1, 0);
const DAY = 86_400_000;
const admin: Incoming = { platform: 'slack', userId: 'slack:T1:UADMIN', rawUserId: 'UADMIN', channelId: 'C1', command: 'kafka-quiz' };
const person = (id: string): Incoming => ({
  platform: 'slack',
  userId: `slack:T1:${id}`,
  rawUserId: id,
  userName: `name-${id}`,
  channelId: 'C1',
});

async function setup(store = new MemoryStore(), clock = { now: TEN - 60_000 }, instanceId = 'a') {
  const knowledge = { current: await bundled() };
  const onboarding = new Onboarding({ store, knowledge, now: () => clock.now, instanceId, timeZone: ZONE });
  const assistant = createAssistant({ knowledge, store, onboarding, adminUserIds: ['UADMIN'], now: () => clock.now });
  const posts: Array<{ channel: DailyChannel; reply: Reply }> = [];
  const deliver = { slack: async (channel: DailyChannel, reply: Reply) => void posts.push({ channel, reply }) };
  return { store, clock, onboarding, assistant, posts, deliver, knowledge };
}

const press = (reply: Reply, choice: 'O' | 'X'): Action => {
  const found = reply.actions.find((a) => a.type === 'daily_answer' && a.choice === choice);
  if (!found) throw new Error('no daily button');
  return found;
};

describe('quiz of the day', () => {
  it('only admins switch it on; the default time is 10:00 in TZ; off stops it', async () => {
    const t = await setup();
    const refused = await t.assistant.handle({ ...person('U1'), command: 'kafka-quiz', text: 'daily on' });
    expect(refused.body).toContain('관리자만');
    expect(refused.private).toBe(true);
    const on = await t.assistant.handle({ ...admin, text: 'daily on' });
    expect(on.body).toContain('매일 10:00 (Asia/Seoul)');
    expect((await t.assistant.handle({ ...admin, text: 'daily on 9:5' })).body).toContain('HH:MM');
    await t.onboarding.tick(t.deliver);
    expect(t.posts).toHaveLength(0); // 09:59
    t.clock.now = TEN;
    await t.onboarding.tick(t.deliver);
    await t.onboarding.tick(t.deliver);
    expect(t.posts).toHaveLength(1);
    expect(t.posts[0]?.channel.channel).toBe('C1');
    expect(t.posts[0]?.reply.title).toBe('오늘의 카프카 퀴즈 (2026-11-25)');
    await t.assistant.handle({ ...admin, text: 'daily off' });
    t.clock.now = TEN + DAY;
    await t.onboarding.tick(t.deliver);
    expect(t.posts).toHaveLength(1);
  });

  it('one answer per person with a private verdict, explanation and source; the next post reveals it', async () => {
    const t = await setup();
    await t.assistant.handle({ ...admin, text: 'daily on 10:00' });
    t.clock.now = TEN;
    await t.onboarding.tick(t.deliver);
    const post = t.posts[0]!.reply;
    const item = t.knowledge.current.quizItems.find((i) => post.question?.statement === i.statement)!;
    const wrong = item.answer === 'O' ? 'X' : 'O';
    const right = await t.assistant.handle({ ...person('U1'), action: press(post, item.answer) });
    expect(right.private).toBe(true);
    expect(right.body).toContain('정답이에요');
    expect(right.body).toContain(item.explanation);
    expect(right.body).toContain('연속 정답 1일째');
    expect(right.sources[0]?.file).toMatch(/^knowledge\//);
    const again = await t.assistant.handle({ ...person('U1'), action: press(post, wrong) });
    expect(again.body).toContain(`이미 답했어요 (내 답: ${item.answer})`);
    await t.assistant.handle({ ...person('U2'), action: press(post, wrong) });
    await t.assistant.handle({ ...person('U3'), action: press(post, item.answer) });

    t.clock.now = TEN + DAY;
    await t.onboarding.tick(t.deliver);
    const next = t.posts[1]!.reply;
    expect(next.body).toContain(`지난 문제 정답: ${item.answer}`);
    expect(next.body).toContain('3명 중 2명이 맞혔어요');
    expect(next.text).toMatch(/이번 주 순위\n1\. name-U1 — 1개 정답\n2\. name-U3 — 1개 정답/);
    expect(next.lists?.[0]?.rows[0]?.person).toEqual({ userId: 'slack:T1:U1', name: 'name-U1' });
    expect(next.body).not.toContain(item.statement + '\n한 사람당');
    const item2 = t.knowledge.current.quizItems.find((i) => next.question?.statement === i.statement)!;
    expect(item2.id).not.toBe(item.id);
    const second = await t.assistant.handle({ ...person('U1'), action: press(next, item2.answer) });
    expect(second.body).toContain('연속 정답 2일째');
    const top = await t.assistant.handle({ ...person('U2'), command: 'kafka-quiz', text: 'daily top' });
    expect(top.text).toMatch(/1\. name-U1 — 2개 정답/);
  });

  it('a failed delivery is retried on the next tick; a crash after the record never posts twice', async () => {
    const t = await setup();
    await t.assistant.handle({ ...admin, text: 'daily on' });
    t.clock.now = TEN;
    let fail = true;
    const flaky = {
      slack: async (channel: DailyChannel, reply: Reply) => {
        if (fail) throw new Error('not_in_channel');
        t.posts.push({ channel, reply });
      },
    };
    await expect(t.onboarding.tick(flaky)).rejects.toThrow('not_in_channel');
    fail = false;
    await t.onboarding.tick(flaky);
    expect(t.posts).toHaveLength(1);

    // Next day: this replica writes its post record and dies before delivering (no release).
    t.clock.now = TEN + DAY;
    const dying = { slack: () => new Promise<void>(() => undefined) };
    void t.onboarding.tick(dying);
    await new Promise((r) => setImmediate(r));
    const restarted = await setup(t.store, t.clock, 'b');
    t.clock.now += 30_000;
    await restarted.onboarding.tick(restarted.deliver);
    t.clock.now += 10 * 60_000;
    await restarted.onboarding.tick(restarted.deliver);
    expect(restarted.posts).toHaveLength(0);
  });
});
