// Welcome on Teams over real HTTP (TEAMS_LOCAL): conversationUpdate with membersAdded in a team
// channel -> a proactive 1:1 (POST /v3/conversations + the message) on the fake Bot Connector, or one
// @mention in the channel when the app is not installed for the user; once per user, never for bots.
import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../adapters/http/server.js';
import { createRuntime, loadConfig } from '../../../src/index.js';
import { useLocalTeams } from '../../helpers/local-teams.js';
import { silentLogger } from '../../../adapters/shared/log.js';
import { ALICE, BOB, BOT, cardOf, cardText, post, submitActions, type CardJson } from '../../helpers/teams-activity.js';
import { executeActivity, executeButtons, invokeBody } from '../../helpers/teams-activity.js';

const teams = useLocalTeams({ onboarding: true });

let seq = 0;
/** conversationUpdate as Teams sends it when members join a team (channelData.eventType teamMemberAdded). */
function membersAdded(members: Array<{ id: string; name?: string }>): Record<string, unknown> {
  seq += 1;
  return {
    type: 'conversationUpdate',
    id: `f:update-${seq}`,
    channelId: 'msteams',
    serviceUrl: teams.connector.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: '29:admin', aadObjectId: 'aad-admin' },
    recipient: BOT,
    conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    membersAdded: members,
    channelData: { team: { id: '19:general@thread.tacv2', name: 'Kafka' }, eventType: 'teamMemberAdded', tenant: { id: 'tenant-1' } },
  };
}

/** The Teams bot (runtime and real HTTP server) on these variables, Teams local, the bundled notes. */
async function startTeamsBot(
  env: Record<string, string>,
  runtime: Parameters<typeof createRuntime>[1] = { storeKind: 'memory' },
  extra: { expertsConversationId?: string } = {},
) {
  const { createTeamsApp } = await import('../../../adapters/teams/app.js');
  const config = loadConfig({ TEAMS_LOCAL: '1', KNOWLEDGE_DIR: 'knowledge', ...env });
  const rt = await createRuntime(config, runtime);
  const server = createHttpServer({ ready: async () => true });
  const app = createTeamsApp({
    assistant: rt.assistant,
    store: rt.store,
    teams: config.teams!,
    http: server,
    logger: silentLogger,
    onboarding: rt.onboarding,
    ...extra,
  });
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  const close = async () => {
    await server.close();
    await rt.close();
  };
  return { rt, app, url, close };
}

describe('Teams welcome', () => {
  it('opens a 1:1 chat with a newcomer and sends the welcome with the first path step, once per user', async () => {
    expect((await post(teams.base, membersAdded([{ id: ALICE.id }]))).status).toBeLessThan(300);
    await teams.connector.waitFor((calls) => calls.some((c) => c.conversationId === `a:dm-${ALICE.id}`));
    expect(teams.connector.created[0]).toMatchObject({
      isGroup: false,
      members: [{ id: ALICE.id }],
      channelData: { tenant: { id: 'tenant-1' } },
    });
    const dm = teams.connector.calls.find((c) => c.conversationId === `a:dm-${ALICE.id}`)!;
    expect(JSON.stringify(dm.body)).toContain('카프카를 운영하는 방법');
    await post(teams.base, membersAdded([{ id: ALICE.id }]));
    await post(teams.base, membersAdded([{ id: BOT.id }, { id: '28:other-bot' }]));
    expect(teams.connector.created).toHaveLength(1);
    expect(teams.connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('falls back to one @mention in the channel when the app is not installed for the user', async () => {
    teams.connector.notInstalledFor.add(BOB.id);
    await post(teams.base, membersAdded([{ id: BOB.id, name: 'Bob' }]));
    const [mention] = await teams.connector.waitFor((calls) => calls.some((c) => c.conversationId.startsWith('19:general')));
    const body = teams.connector.calls.find((c) => c.conversationId.startsWith('19:general'))!.body;
    expect(String(body.text)).toContain('<at>Bob</at>');
    expect(body.entities).toEqual([{ type: 'mention', text: '<at>Bob</at>', mentioned: { id: BOB.id, name: 'Bob' } }]);
    expect(mention).toBeDefined();
    await post(teams.base, membersAdded([{ id: BOB.id, name: 'Bob' }]));
    expect(teams.connector.calls.filter((c) => c.conversationId.startsWith('19:general'))).toHaveLength(1);
  });
});

describe('Teams quiz of the day', () => {
  it('an admin turns it on in a channel; the schedule posts there proactively; a press gets a private verdict', async () => {
    const { teamsDailyDelivery } = await import('../../../adapters/teams/onboarding.js');
    const { channelMention } = await import('../../helpers/teams-activity.js');
    const clock = { now: Date.UTC(2026, 10, 25, 0, 59) }; // 09:59 in Seoul
    const { rt, app, url, close } = await startTeamsBot(
      { TZ: 'Asia/Seoul', ADMIN_USER_IDS: 'aad-alice' },
      { storeKind: 'memory', now: () => clock.now, instanceId: 'teams-test' },
    );
    try {
      const on = channelMention(teams.connector.serviceUrl, 'quiz daily on 10:00', { from: ALICE });
      expect((await post(url, on)).status).toBeLessThan(300);
      await teams.connector.waitFor((calls) => calls.some((c) => String(JSON.stringify(c.body)).includes('오늘의 퀴즈를 켰어요')));
      const deliver = { teams: teamsDailyDelivery(app.adapter, undefined, rt.onboarding) };
      await rt.onboarding.tick(deliver);
      const before = teams.connector.calls.length;
      clock.now += 60_000;
      await rt.onboarding.tick(deliver);
      await rt.onboarding.tick(deliver);
      const posted = teams.connector.calls.slice(before);
      expect(posted).toHaveLength(1);
      expect(posted[0]!.conversationId).toBe('19:ops@thread.tacv2');
      expect(JSON.stringify(posted[0]!.body)).toContain('오늘의 카프카 퀴즈 (2026-11-25)');
      const buttons = executeButtons(cardOf(posted[0]));
      expect(buttons.map((b) => [b.title, b.verb, b.style])).toEqual([
        ['O', 'daily_answer', 'positive'],
        ['X', 'daily_answer', 'destructive'],
      ]);
      // Bob's press: his verdict is his own card (the invoke response); nothing is posted in the channel,
      // and the post lists him in refresh.userIds so his client shows his verdict when it looks again.
      const where = { conversation: posted[0]!.body.conversation as object, replyToId: posted[0]!.createdId };
      const before2 = teams.connector.calls.length;
      const pressed = await invokeBody(
        url,
        executeActivity(teams.connector.serviceUrl, 'daily_answer', buttons[0]!.data, { from: BOB, ...where }),
      );
      expect(pressed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      expect(cardText(pressed.body.value as CardJson)).toMatch(/정답이에요|아쉬워요/);
      const after = teams.connector.calls.slice(before2);
      expect(after.filter((c) => c.method === 'POST')).toEqual([]);
      const refreshed = after.find((c) => c.method === 'PUT' && c.activityId === posted[0]!.createdId);
      const card = cardOf(refreshed) as CardJson & { refresh?: { userIds: string[]; action: { verb: string; data: unknown } } };
      expect(card.refresh?.userIds).toEqual([BOB.id]);
      expect(JSON.stringify(card.body)).not.toMatch(/정답이에요|아쉬워요/);
      const again = await invokeBody(
        url,
        executeActivity(teams.connector.serviceUrl, 'daily_refresh', card.refresh!.action.data, {
          from: BOB,
          ...where,
          trigger: 'automatic',
        }),
      );
      expect(cardText(again.body.value as CardJson)).toMatch(/이미 답했어요/);
      // A client without Universal Actions (the Action.Submit fallback) gets an acknowledgement that spoils nothing.
      const fallback = channelMention(teams.connector.serviceUrl, '', {
        from: ALICE,
        text: undefined,
        value: buttons[1]!.fallback && (buttons[1] as { data: unknown }).data,
      });
      await post(url, fallback);
      const ack = await teams.connector.waitFor((calls) => calls.some((c) => String(c.body.text).includes('답을 받았어요')));
      const line = String(ack.find((c) => String(c.body.text).includes('답을 받았어요'))!.body.text);
      expect(line).toContain('<at>Alice</at>');
      expect(line).not.toMatch(/정답|아쉬워요|오답/);
    } finally {
      await close();
    }
  });
});

describe('Teams ask-an-expert', () => {
  it('posts the question in TEAMS_EXPERTS_CONVERSATION_ID and relays an expert reply in its thread to the asker', async () => {
    const { channelMention, messageActivity } = await import('../../helpers/teams-activity.js');
    const { gapsReport } = await import('../../../src/report/gaps.js');
    const EXPERTS = '19:experts@thread.tacv2';
    const { rt, url, close } = await startTeamsBot(
      { TEAMS_EXPERTS_CONVERSATION_ID: EXPERTS },
      { storeKind: 'memory' },
      { expertsConversationId: EXPERTS },
    );
    try {
      const question = '카프카 스트림즈 윈도우 조인은 어떻게 설정해?';
      await post(url, messageActivity(teams.connector.serviceUrl, { text: question }));
      const [answer] = await teams.connector.waitFor((calls) => calls.some((c) => c.conversationId === 'a:personal-alice'));
      const button = submitActions(cardOf(teams.connector.calls.find((c) => c.conversationId === 'a:personal-alice'))).find(
        (b) => b.title === '전문가에게 물어보기',
      );
      expect(button).toBeDefined();
      expect(answer).toBeDefined();
      await post(url, messageActivity(teams.connector.serviceUrl, { text: undefined, value: button!.data }));
      const forwarded = (await teams.connector.waitFor((calls) => calls.some((c) => c.conversationId === EXPERTS))).find(
        (c) => c.conversationId === EXPERTS,
      )!;
      expect(String(forwarded.body.text)).toContain(question);
      expect(String(forwarded.body.text)).toContain('Alice');
      await teams.connector.waitFor((calls) => calls.some((c) => String(c.body.text).includes('전문가 채널에 물어봤어요')));

      // Bob answers in the post's thread, @mentioning the bot.
      await post(
        url,
        channelMention(teams.connector.serviceUrl, 'JoinWindows로 설정해요.', {
          from: BOB,
          conversation: { id: `${EXPERTS};messageid=${forwarded.createdId}`, conversationType: 'channel', tenantId: 'tenant-1' },
        }),
      );
      const relayed = (await teams.connector.waitFor((calls) => calls.some((c) => String(c.body.text).includes('전문가 답변')))).find((c) =>
        String(c.body.text).includes('전문가 답변'),
      )!;
      expect(relayed.conversationId).toBe('a:personal-alice');
      expect(String(relayed.body.text)).toContain('JoinWindows');
      expect(await gapsReport(rt.store, rt.knowledge.current, Date.now())).toContain('"JoinWindows로 설정해요."');
    } finally {
      await close();
    }
  });
});

describe('Teams review nudges', () => {
  it('a quiz finished with a miss in the personal chat gets one nudge there the next morning', async () => {
    const { teamsDirectDelivery } = await import('../../../adapters/teams/onboarding.js');
    const { messageActivity } = await import('../../helpers/teams-activity.js');
    const clock = { now: Date.UTC(2026, 10, 25, 12, 0) }; // 21:00 in Seoul
    const { rt, app, url, close } = await startTeamsBot(
      { TZ: 'Asia/Seoul' },
      { storeKind: 'memory', now: () => clock.now, instanceId: 'nudge-test' },
    );
    const conversation = { id: 'a:personal-carol', conversationType: 'personal', tenantId: 'tenant-1' };
    const carol = { id: '29:carol', name: 'Carol', aadObjectId: 'aad-carol' };
    try {
      await post(url, messageActivity(teams.connector.serviceUrl, { text: 'quiz 1', from: carol, conversation }));
      const session = await rt.store.getActiveSession('teams:aad-carol');
      const item = rt.knowledge.current.quizItems.find((i) => i.id === session?.itemIds[0])!;
      await post(url, messageActivity(teams.connector.serviceUrl, { text: item.answer === 'O' ? 'X' : 'O', from: carol, conversation }));
      expect(await rt.store.listProgress('teams:aad-carol')).toMatchObject([{ wrong: 1 }]);
      const deliver = { teams: teamsDirectDelivery(app.adapter, undefined, rt.onboarding) };
      clock.now += 12 * 3_600_000; // 09:00 the next day
      const before = teams.connector.calls.length;
      await rt.onboarding.tick({}, deliver);
      await rt.onboarding.tick({}, deliver);
      const nudges = teams.connector.calls.slice(before);
      expect(nudges).toHaveLength(1);
      expect(nudges[0]!.conversationId).toBe('a:personal-carol');
      expect(JSON.stringify(nudges[0]!.body)).toContain('복습할 문제 1개가 있어요');
    } finally {
      await close();
    }
  });
});
