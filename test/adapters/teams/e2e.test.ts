// Teams end to end over real HTTP with TEAMS_LOCAL and the real runtime: activities POSTed to /api/messages,
// replies caught by a fake Bot Connector: answers, @mentions, a full O/X quiz, other users' presses, dedupe, 400s.
import { describe, expect, it } from 'vitest';
import { recordingLogger, type LogLine } from '../../helpers/logs.js';
import type { Incoming } from '../../../src/index.js';
import { useLocalTeams } from '../../helpers/local-teams.js';
import {
  ALICE,
  BOB,
  cardOf,
  cardText,
  channelMention,
  messageActivity,
  post,
  submitActions,
  type CardJson,
} from '../../helpers/teams-activity.js';
import { executeActivity, executeButtons, invokeBody } from '../../helpers/teams-activity.js';

const handled: Incoming[] = [];
const logs: LogLine[] = [];
// the real assistant, watched, plus one text that fails so onTurnError can be seen
const teams = useLocalTeams({
  logger: recordingLogger(logs),
  assistant: (runtime) => ({
    handle: (message: Incoming) => {
      handled.push(message);
      return message.text === 'boom' ? Promise.reject(new Error('fake failure')) : runtime.assistant.handle(message);
    },
  }),
});

/** Start a quiz in `conversation` and return the card's id and its O/X buttons. */
async function startQuiz(activity: Record<string, unknown>) {
  await post(teams.base, activity);
  const [start] = await teams.connector.waitFor((c) => c.length === 1);
  return { cardId: start?.createdId, start, buttons: submitActions(cardOf(start)).filter((a) => a.title === 'O' || a.title === 'X') };
}

async function sessionAnswers(data: unknown): Promise<number> {
  const sessionId = (data as { kafkaBot: { sessionId: string } }).kafkaBot.sessionId;
  return (await teams.runtime.store.getSession(sessionId))?.answers.length ?? -1;
}

describe('Teams adapter over HTTP (real runtime, bundled knowledge)', () => {
  it('warns loudly that local mode is unauthenticated, and serves /healthz on the same server', async () => {
    expect(logs.some((l) => l.level === 'warn' && /TEAMS_LOCAL=1.*WITHOUT authentication/.test(l.message))).toBe(true);
    expect((await fetch(`${teams.base}/healthz`)).status).toBe(200);
  });

  it('answers a personal question with an answer card replying to the activity', async () => {
    const activity = messageActivity(teams.connector.serviceUrl, { text: '브로커 메모리 얼마나?' });
    expect((await post(teams.base, activity)).status).toBe(200);
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    expect(call).toMatchObject({ method: 'POST', conversationId: 'a:personal-alice', activityId: activity.id });
    expect(handled.at(-1)).toMatchObject({
      platform: 'teams',
      userId: 'teams:aad-alice',
      rawUserId: 'aad-alice',
      text: '브로커 메모리 얼마나?',
    });
    const card = cardOf(call);
    expect(card.version).toBe('1.5');
    expect(cardText(card)).toMatch(/📄 .*kafka-cluster-operations\.md:\d+/);
    // No message text above the card (it would repeat the title); the summary is the notification line.
    expect(call?.body.text).toBeUndefined();
    expect(String(call?.body.summary).trim()).not.toBe('');
    expect(card.fallbackText).toContain('출처:');
    expect(executeButtons(card).map((a) => [a.title, a.verb])).toEqual([
      ['👍', 'feedback'],
      ['👎', 'feedback'],
    ]);
  });

  it('asks the follow-up and records feedback when those buttons are pressed', async () => {
    const first = messageActivity(teams.connector.serviceUrl, { text: 'RAID 1 vs RAID 5' });
    await post(teams.base, first);
    const [answer] = await teams.connector.waitFor((c) => c.length === 1);
    const actions = submitActions(cardOf(answer));
    const followUp = actions.find((a) => (a.data as { kafkaBot?: { type?: string } }).kafkaBot?.type === 'ask');
    const thumbsUp = executeButtons(cardOf(answer)).find((a) => a.title === '👍');
    expect(thumbsUp?.verb).toBe('feedback');
    await post(
      teams.base,
      messageActivity(teams.connector.serviceUrl, { text: undefined, value: followUp?.data, replyToId: answer?.createdId }),
    );
    const calls = await teams.connector.waitFor((c) => c.length === 2);
    expect(cardText(cardOf(calls[1]))).not.toBe('');
    const before = (await teams.runtime.store.listFeedback()).length;
    // 👍 is a Universal Action: the answer card comes back thanked for the voter, and nothing is posted.
    const voted = await invokeBody(
      teams.base,
      executeActivity(teams.connector.serviceUrl, 'feedback', thumbsUp?.data, { from: ALICE, replyToId: answer?.createdId }),
    );
    expect(voted.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const thanked = voted.body.value as CardJson;
    expect(cardText(thanked)).toContain('피드백 고마워요');
    expect(executeButtons(thanked).map((b) => b.title)).not.toContain('👍');
    expect(cardText(thanked)).toContain(cardText(cardOf(answer)).split('\n')[0]!);
    expect(teams.connector.calls).toHaveLength(2);
    const feedback = await teams.runtime.store.listFeedback();
    expect(feedback).toHaveLength(before + 1);
    expect(feedback.at(-1)).toMatchObject({ userId: 'teams:aad-alice', platform: 'teams', vote: 'up', question: 'RAID 1 vs RAID 5' });
  });

  it('answers a channel @mention without the <at> tag, in the same thread; ignores unmentioned messages', async () => {
    const plain = messageActivity(teams.connector.serviceUrl, {
      text: 'RAID 1 vs RAID 5',
      conversation: { id: '19:ops@thread.tacv2;messageid=1', conversationType: 'channel' },
    });
    await post(teams.base, plain);
    const mentioned = channelMention(teams.connector.serviceUrl, 'RAID 1 vs RAID 5');
    await post(teams.base, mentioned);
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    expect(call).toMatchObject({ conversationId: '19:ops@thread.tacv2;messageid=1700000000000', activityId: mentioned.id });
    expect(handled.at(-1)?.text).toBe('RAID 1 vs RAID 5');
    const card = cardOf(call);
    expect(JSON.stringify(card.body)).toContain('"type":"ColumnSet"');
    expect(cardText(card)).toContain('RAID 5');
  });

  it('runs a whole quiz by pressing O/X, updating the same card to the final score', async () => {
    const { cardId, start, buttons: first } = await startQuiz(messageActivity(teams.connector.serviceUrl, { text: 'quiz' }));
    // Typed commands pass through as text; the core's route() reads them.
    expect(handled.at(-1)).toMatchObject({ text: 'quiz' });
    expect(handled.at(-1)?.command).toBeUndefined();
    let buttons = first;
    let card = cardOf(start);
    let correct = 0;
    let asked = 0;
    while (buttons.length > 0) {
      expect(buttons.map((b) => b.title)).toEqual(['O', 'X']);
      expect(buttons[0]?.data).toMatchObject({ kafkaBot: { type: 'quiz_answer', index: asked, choice: 'O' } });
      asked += 1;
      await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: undefined, value: buttons[0]?.data, replyToId: cardId }));
      const calls = await teams.connector.waitFor((c) => c.length === asked + 1);
      expect(calls[asked]).toMatchObject({ method: 'PUT', conversationId: 'a:personal-alice', activityId: cardId });
      card = cardOf(calls[asked]);
      const text = cardText(card);
      expect(text).toMatch(/✅ 정답|❌ 오답/);
      expect(text).toMatch(/📄 .*kafka-cluster-operations\.md:\d+/);
      if (text.includes('✅ 정답')) correct += 1;
      buttons = submitActions(card).filter((a) => a.title === 'O' || a.title === 'X');
      expect(asked).toBeLessThan(50);
    }
    expect(cardText(card)).toContain(`${correct} / ${asked}`);
    expect(teams.connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it("ignores someone else's press: no card update, a short message that @mentions them", async () => {
    const conversation = { id: '19:group@thread.v2', conversationType: 'groupChat' };
    const { cardId, start } = await startQuiz(channelMention(teams.connector.serviceUrl, 'quiz', { conversation }));
    // the shared card is read-only; the owner's live view (what the refresh carries) has the buttons
    const view = (
      cardOf(start) as unknown as { refresh: { action: { data: { kafkaBotView: { actions: Array<{ type: string; label: string }> } } } } }
    ).refresh.action.data.kafkaBotView;
    const pressO = view.actions.find((a) => a.type === 'quiz_answer' && a.label === 'O');
    const o = { title: 'O', data: { kafkaBot: pressO } };
    await post(
      teams.base,
      messageActivity(teams.connector.serviceUrl, { from: BOB, conversation, text: undefined, value: o?.data, replyToId: cardId }),
    );
    const calls = await teams.connector.waitFor((c) => c.length === 2);
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    expect(calls[1]?.body.attachments).toBeUndefined();
    expect(String(calls[1]?.body.text)).toMatch(/^<at>Bob<\/at> \*\*내 퀴즈가 아니에요\*\*/);
    expect(calls[1]?.body.entities).toEqual([{ type: 'mention', text: '<at>Bob</at>', mentioned: { id: BOB.id, name: 'Bob' } }]);
    expect(await sessionAnswers(o?.data)).toBe(0);
  });

  it('records one answer when the same button is pressed twice (double click)', async () => {
    const { cardId, buttons } = await startQuiz(messageActivity(teams.connector.serviceUrl, { text: 'quiz' }));
    const press = () =>
      post(teams.base, messageActivity(teams.connector.serviceUrl, { text: undefined, value: buttons[0]?.data, replyToId: cardId }));
    await Promise.all([press(), press()]);
    await teams.connector.waitFor((c) => c.filter((call) => call.method === 'PUT').length === 2);
    expect(await sessionAnswers(buttons[0]?.data)).toBe(1);
  });

  it('sends a new card when updating the quiz card fails', async () => {
    const { start, cardId, buttons } = await startQuiz(messageActivity(teams.connector.serviceUrl, { text: '/kafka-quiz 3' }));
    teams.connector.failUpdates(404);
    await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: undefined, value: buttons[1]?.data, replyToId: cardId }));
    const calls = await teams.connector.waitFor((c) => c.some((call) => call.method === 'POST' && call !== start));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(cardText(cardOf(calls.find((c) => c.method === 'POST' && c !== start)))).toMatch(/✅ 정답|❌ 오답/);
    expect(logs.some((l) => l.message.includes('quiz card update failed'))).toBe(true);
  });

  it('replies once to an activity id delivered twice', async () => {
    const activity = messageActivity(teams.connector.serviceUrl, { text: '브로커 메모리 얼마나?' });
    const count = handled.length;
    expect((await post(teams.base, activity)).status).toBe(200);
    expect((await post(teams.base, activity)).status).toBe(200);
    await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: 'help' }));
    const calls = await teams.connector.waitFor((c) => c.length === 2);
    expect(calls.filter((c) => c.activityId === activity.id)).toHaveLength(1);
    expect(handled.length).toBe(count + 2);
  });

  it('welcomes the user when the bot is added in personal scope', async () => {
    await post(
      teams.base,
      messageActivity(teams.connector.serviceUrl, { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:kafka-bot' }] }),
    );
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    expect(cardText(cardOf(call))).toContain('환영');
  });

  it('logs a failing turn with context and apologises', async () => {
    const activity = messageActivity(teams.connector.serviceUrl, { text: 'boom' });
    await post(teams.base, activity);
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    expect(String(call?.body.text)).toContain('죄송해요');
    const entry = logs.find((l) => l.level === 'error' && l.message === 'teams: turn failed');
    expect(entry?.context).toMatchObject({ activityId: activity.id, activityType: 'message', err: { message: 'fake failure' } });
  });

  it('answers 400 to invalid JSON and to bodies that are not activities, and keeps serving', async () => {
    expect((await post(teams.base, '{"type": "message",')).status).toBe(400);
    expect((await post(teams.base, [])).status).toBe(400);
    expect((await post(teams.base, {})).status).toBe(400);
    expect((await post(teams.base, { type: 'message', text: 'hi' })).status).toBe(400);
    expect((await post(teams.base, messageActivity('ftp://nowhere/'))).status).toBe(400);
    expect((await post(teams.base, messageActivity(teams.connector.serviceUrl, { entities: [{}] }))).status).toBe(400);
    expect((await post(teams.base, 'not json', { 'content-type': 'text/plain' })).status).toBe(400);
    expect(teams.connector.calls).toHaveLength(0);
    await post(teams.base, messageActivity(teams.connector.serviceUrl));
    await teams.connector.waitFor((c) => c.length === 1);
  });
});
