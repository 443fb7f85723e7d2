// Teams end to end over real HTTP with TEAMS_LOCAL and the real runtime: activities POSTed to /api/messages,
// replies caught by a fake Bot Connector: answers, @mentions, a full O/X quiz, other users' presses, dedupe, 400s.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.js';
import { createTeamsApp } from '../../../adapters/teams/app.js';
import { recordingLogger, type LogLine } from '../../helpers/logs.js';
import { createRuntime, loadConfig, type Incoming, type Runtime } from '../../../src/index.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { BOB, cardOf, cardText, channelMention, messageActivity, post, submitActions } from '../../helpers/teams-activity.js';

let connector: FakeConnector;
let http: HttpServer;
let base: string;
let runtime: Runtime;
const handled: Incoming[] = [];
const logs: LogLine[] = [];
const logger = recordingLogger(logs);

beforeAll(async () => {
  connector = await startFakeConnector();
  const config = loadConfig({ TEAMS_LOCAL: '1', KNOWLEDGE_DIR: 'knowledge' });
  runtime = await createRuntime(config, { storeKind: 'memory' });
  // the real assistant, watched, plus one text that fails so onTurnError can be seen
  const assistant = {
    handle: (message: Incoming) => {
      handled.push(message);
      return message.text === 'boom' ? Promise.reject(new Error('fake failure')) : runtime.assistant.handle(message);
    },
  };
  http = createHttpServer({ ready: async () => true });
  createTeamsApp({ assistant, store: runtime.store, teams: config.teams!, http, logger });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await http.close();
  await connector.close();
  await runtime.close();
});
beforeEach(() => {
  connector.calls.length = 0;
  connector.failUpdates(undefined);
});

/** Start a quiz in `conversation` and return the card's id and its O/X buttons. */
async function startQuiz(activity: Record<string, unknown>) {
  await post(base, activity);
  const [start] = await connector.waitFor((c) => c.length === 1);
  return { cardId: start?.createdId, start, buttons: submitActions(cardOf(start)).filter((a) => a.title === 'O' || a.title === 'X') };
}

async function sessionAnswers(data: unknown): Promise<number> {
  const sessionId = (data as { kafkaBot: { sessionId: string } }).kafkaBot.sessionId;
  return (await runtime.store.getSession(sessionId))?.answers.length ?? -1;
}

describe('Teams adapter over HTTP (real runtime, bundled knowledge)', () => {
  it('warns loudly that local mode is unauthenticated, and serves /healthz on the same server', async () => {
    expect(logs.some((l) => l.level === 'warn' && /TEAMS_LOCAL=1.*WITHOUT authentication/.test(l.message))).toBe(true);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('answers a personal question with an answer card replying to the activity', async () => {
    const activity = messageActivity(connector.serviceUrl, { text: '브로커 메모리 얼마나?' });
    expect((await post(base, activity)).status).toBe(200);
    const [call] = await connector.waitFor((c) => c.length === 1);
    expect(call).toMatchObject({ method: 'POST', conversationId: 'a:personal-alice', activityId: activity.id });
    expect(handled.at(-1)).toMatchObject({ platform: 'teams', userId: 'teams:aad-alice', rawUserId: 'aad-alice', text: '브로커 메모리 얼마나?' });
    const card = cardOf(call);
    expect(card.version).toBe('1.5');
    expect(cardText(card)).toMatch(/출처: .*\(knowledge\/kafka-cluster-operations\.md:\d+\)/);
    expect(String(call?.body.text).trim()).not.toBe('');
    expect(card.fallbackText).toContain('출처:');
    expect(submitActions(card).map((a) => a.title)).toEqual(expect.arrayContaining(['👍', '👎']));
  });

  it('asks the follow-up and records feedback when those buttons are pressed', async () => {
    const first = messageActivity(connector.serviceUrl, { text: 'RAID 1 vs RAID 5' });
    await post(base, first);
    const [answer] = await connector.waitFor((c) => c.length === 1);
    const actions = submitActions(cardOf(answer));
    const followUp = actions.find((a) => (a.data as { kafkaBot?: { type?: string } }).kafkaBot?.type === 'ask');
    const thumbsUp = actions.find((a) => a.title === '👍');
    await post(base, messageActivity(connector.serviceUrl, { text: undefined, value: followUp?.data, replyToId: answer?.createdId }));
    const calls = await connector.waitFor((c) => c.length === 2);
    expect(cardText(cardOf(calls[1]))).not.toBe('');
    const before = (await runtime.store.listFeedback()).length;
    await post(base, messageActivity(connector.serviceUrl, { text: undefined, value: thumbsUp?.data, replyToId: answer?.createdId }));
    await connector.waitFor((c) => c.length === 3);
    const feedback = await runtime.store.listFeedback();
    expect(feedback).toHaveLength(before + 1);
    expect(feedback.at(-1)).toMatchObject({ userId: 'teams:aad-alice', platform: 'teams', vote: 'up', question: 'RAID 1 vs RAID 5' });
  });

  it('answers a channel @mention without the <at> tag, in the same thread; ignores unmentioned messages', async () => {
    const plain = messageActivity(connector.serviceUrl, {
      text: 'RAID 1 vs RAID 5',
      conversation: { id: '19:ops@thread.tacv2;messageid=1', conversationType: 'channel' },
    });
    await post(base, plain);
    const mentioned = channelMention(connector.serviceUrl, 'RAID 1 vs RAID 5');
    await post(base, mentioned);
    const [call] = await connector.waitFor((c) => c.length === 1);
    expect(call).toMatchObject({ conversationId: '19:ops@thread.tacv2;messageid=1700000000000', activityId: mentioned.id });
    expect(handled.at(-1)?.text).toBe('RAID 1 vs RAID 5');
    const card = cardOf(call);
    expect(JSON.stringify(card.body)).toContain('"type":"ColumnSet"');
    expect(cardText(card)).toContain('RAID 5');
  });

  it('runs a whole quiz by pressing O/X, updating the same card to the final score', async () => {
    const { cardId, start, buttons: first } = await startQuiz(messageActivity(connector.serviceUrl, { text: 'quiz' }));
    expect(handled.at(-1)).toMatchObject({ command: 'kafka-quiz', text: '' });
    let buttons = first;
    let card = cardOf(start);
    let correct = 0;
    let asked = 0;
    while (buttons.length > 0) {
      expect(buttons.map((b) => b.title)).toEqual(['O', 'X']);
      expect(buttons[0]?.data).toMatchObject({ kafkaBot: { type: 'quiz_answer', index: asked, choice: 'O' } });
      asked += 1;
      await post(base, messageActivity(connector.serviceUrl, { text: undefined, value: buttons[0]?.data, replyToId: cardId }));
      const calls = await connector.waitFor((c) => c.length === asked + 1);
      expect(calls[asked]).toMatchObject({ method: 'PUT', conversationId: 'a:personal-alice', activityId: cardId });
      card = cardOf(calls[asked]);
      const text = cardText(card);
      expect(text).toMatch(/✅ 정답|❌ 오답/);
      expect(text).toMatch(/출처: .*kafka-cluster-operations\.md:\d+/);
      if (text.includes('✅ 정답')) correct += 1;
      buttons = submitActions(card).filter((a) => a.title === 'O' || a.title === 'X');
      expect(asked).toBeLessThan(50);
    }
    expect(cardText(card)).toContain(`점수: ${correct}/${asked}`);
    expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it("ignores someone else's press: no card update, a short message that @mentions them", async () => {
    const conversation = { id: '19:group@thread.v2', conversationType: 'groupChat' };
    const { cardId, start } = await startQuiz(channelMention(connector.serviceUrl, 'quiz', { conversation }));
    // the shared card is read-only; the owner's live view (what the refresh carries) has the buttons
    const view = (cardOf(start) as unknown as { refresh: { action: { data: { kafkaBotView: { actions: Array<{ type: string; label: string }> } } } } }).refresh.action.data.kafkaBotView;
    const pressO = view.actions.find((a) => a.type === 'quiz_answer' && a.label === 'O');
    const o = { title: 'O', data: { kafkaBot: pressO } };
    await post(base, messageActivity(connector.serviceUrl, { from: BOB, conversation, text: undefined, value: o?.data, replyToId: cardId }));
    const calls = await connector.waitFor((c) => c.length === 2);
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    expect(calls[1]?.body.attachments).toBeUndefined();
    expect(String(calls[1]?.body.text)).toMatch(/^<at>Bob<\/at> \*\*내 퀴즈가 아니에요\*\*/);
    expect(calls[1]?.body.entities).toEqual([{ type: 'mention', text: '<at>Bob</at>', mentioned: { id: BOB.id, name: 'Bob' } }]);
    expect(await sessionAnswers(o?.data)).toBe(0);
  });

  it('records one answer when the same button is pressed twice (double click)', async () => {
    const { cardId, buttons } = await startQuiz(messageActivity(connector.serviceUrl, { text: 'quiz' }));
    const press = () => post(base, messageActivity(connector.serviceUrl, { text: undefined, value: buttons[0]?.data, replyToId: cardId }));
    await Promise.all([press(), press()]);
    await connector.waitFor((c) => c.filter((call) => call.method === 'PUT').length === 2);
    expect(await sessionAnswers(buttons[0]?.data)).toBe(1);
  });

  it('sends a new card when updating the quiz card fails', async () => {
    const { start, cardId, buttons } = await startQuiz(messageActivity(connector.serviceUrl, { text: '/kafka-quiz 3' }));
    connector.failUpdates(404);
    await post(base, messageActivity(connector.serviceUrl, { text: undefined, value: buttons[1]?.data, replyToId: cardId }));
    const calls = await connector.waitFor((c) => c.some((call) => call.method === 'POST' && call !== start));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(cardText(cardOf(calls.find((c) => c.method === 'POST' && c !== start)))).toMatch(/✅ 정답|❌ 오답/);
    expect(logs.some((l) => l.message.includes('quiz card update failed'))).toBe(true);
  });

  it('replies once to an activity id delivered twice', async () => {
    const activity = messageActivity(connector.serviceUrl, { text: '브로커 메모리 얼마나?' });
    const count = handled.length;
    expect((await post(base, activity)).status).toBe(200);
    expect((await post(base, activity)).status).toBe(200);
    await post(base, messageActivity(connector.serviceUrl, { text: 'help' }));
    const calls = await connector.waitFor((c) => c.length === 2);
    expect(calls.filter((c) => c.activityId === activity.id)).toHaveLength(1);
    expect(handled.length).toBe(count + 2);
  });

  it('welcomes the user when the bot is added in personal scope', async () => {
    await post(base, messageActivity(connector.serviceUrl, { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:kafka-bot' }] }));
    const [call] = await connector.waitFor((c) => c.length === 1);
    expect(cardText(cardOf(call))).toContain('환영');
  });

  it('logs a failing turn with context and apologises', async () => {
    const activity = messageActivity(connector.serviceUrl, { text: 'boom' });
    await post(base, activity);
    const [call] = await connector.waitFor((c) => c.length === 1);
    expect(String(call?.body.text)).toContain('죄송해요');
    const entry = logs.find((l) => l.level === 'error' && l.message === 'teams: turn failed');
    expect(entry?.context).toMatchObject({ activityId: activity.id, activityType: 'message', err: { message: 'fake failure' } });
  });

  it('answers 400 to invalid JSON and to bodies that are not activities, and keeps serving', async () => {
    expect((await post(base, '{"type": "message",')).status).toBe(400);
    expect((await post(base, [])).status).toBe(400);
    expect((await post(base, {})).status).toBe(400);
    expect((await post(base, { type: 'message', text: 'hi' })).status).toBe(400);
    expect((await post(base, messageActivity('ftp://nowhere/'))).status).toBe(400);
    expect((await post(base, messageActivity(connector.serviceUrl, { entities: [{}] }))).status).toBe(400);
    expect((await post(base, 'not json', { 'content-type': 'text/plain' })).status).toBe(400);
    expect(connector.calls).toHaveLength(0);
    await post(base, messageActivity(connector.serviceUrl));
    await connector.waitFor((c) => c.length === 1);
  });
});
