// Teams-native surfaces over real HTTP (TEAMS_LOCAL, real runtime, fake Bot Connector), with invoke
// activities shaped like Teams sends them: the search message extension (composeExtension/query and
// /selectItem) and per-user quiz cards with Universal Actions (adaptiveCard/action, verbs
// quiz_answer and quiz_refresh), read-only for everyone but the quiz owner in channels.
import { describe, expect, it } from 'vitest';
import { MAX_RESULTS, SEARCH_COMMAND_ID } from '../../../adapters/teams/message-extension.js';
import { useLocalTeams } from '../../helpers/local-teams.js';
import { ALICE, BOB, BOT, cardOf, cardText, channelMention, messageActivity, post, type CardJson } from '../../helpers/teams-activity.js';
import { executeActivity, executeButtons, invokeActivity, invokeBody as postInvoke } from '../../helpers/teams-activity.js';

const teams = useLocalTeams({ runtime: { random: () => 0.4 }, knowledge: true });

const CHANNEL = { id: '19:ops@thread.tacv2;messageid=1700000000000', conversationType: 'channel', tenantId: 'tenant-1' };
/** An invoke activity as Teams posts it. */
const invoke = (name: string, value: unknown, overrides: Record<string, unknown> = {}) =>
  invokeActivity(teams.connector.serviceUrl, name, value, overrides);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the invoke body is untyped Teams JSON
const invokeBody = <T = Record<string, any>>(activity: Record<string, unknown>) => postInvoke<T>(teams.base, activity);

const query = (text: string, commandId = SEARCH_COMMAND_ID) =>
  invoke('composeExtension/query', { commandId, parameters: [{ name: 'searchQuery', value: text }], queryOptions: { skip: 0, count: 25 } });

/** adaptiveCard/action for an Action.Execute (trigger manual) or a refresh (trigger automatic). */
const execute = (verb: string, data: unknown, from: object, replyToId: string | undefined, trigger: 'manual' | 'automatic' = 'manual') =>
  executeActivity(teams.connector.serviceUrl, verb, data, { from, conversation: CHANNEL, replyToId, trigger });

describe('search message extension', () => {
  it('returns up to 8 sections as list previews with title, one-line snippet and source, each carrying its answer card', async () => {
    const { status, body } = await invokeBody(query('RAID'));
    expect(status).toBe(200);
    const result = body.composeExtension;
    expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments.length).toBeGreaterThan(1);
    expect(result.attachments.length).toBeLessThanOrEqual(MAX_RESULTS);
    for (const attachment of result.attachments) {
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const preview = attachment.preview;
      expect(preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
      expect(preview.content.title).toBeTruthy();
      expect(preview.content.text).not.toContain('\n');
      // Where the section sits in the notes, not a repository path; file:line is on the card.
      expect(preview.content.subtitle).not.toMatch(/knowledge\/|\.md/);
      expect(preview.content.tap).toMatchObject({ type: 'invoke', value: { kafkaBotSection: expect.any(String) } });
      expect(cardText(attachment.content)).toMatch(/📄 .*kafka-cluster-operations\.md:\d+/);
      expect(attachment.content.actions).toBeUndefined();
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the invoke body is untyped Teams JSON
    expect(JSON.stringify(result.attachments.map((a: any) => a.preview.content.title))).toContain('RAID');
    expect(teams.connector.calls).toHaveLength(0);
  });

  it("choosing a result (selectItem) inserts that section's answer card", async () => {
    const { body } = await invokeBody(query('브로커 메모리'));
    const first = body.composeExtension.attachments[0];
    const { status, body: selected } = await invokeBody(invoke('composeExtension/selectItem', first.preview.content.tap.value));
    expect(status).toBe(200);
    expect(selected.composeExtension.attachments).toHaveLength(1);
    expect(selected.composeExtension.attachments[0].content).toEqual(first.content);
  });

  it('says what to do for an empty box, no match, an unknown command or a section gone after a reload', async () => {
    const texts = await Promise.all([
      invokeBody(query('   ')),
      invokeBody(query('zzqxv 없는단어')),
      invokeBody(query('RAID', 'otherCommand')),
      invokeBody(invoke('composeExtension/selectItem', { kafkaBotSection: 'knowledge/gone.md#L1' })),
      invokeBody(invoke('composeExtension/query', 'not an object')),
    ]);
    for (const { status, body } of texts) {
      expect(status).toBe(200);
      expect(body.composeExtension.type).toBe('message');
      expect(body.composeExtension.text).toBeTruthy();
    }
  });
});

describe('search message extension: echoed input (issue 10 #8)', () => {
  it('shows back at most about 100 characters of an unmatched query, without control or bidi characters', async () => {
    const { status, body } = await invokeBody(query(`zzqxv\u0000\u202E${'ㅋ'.repeat(300)}`));
    expect(status).toBe(200);
    const text = body.composeExtension.text as string;
    expect(text).toContain('zzqxv');
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(text).not.toMatch(/[\u0000\u202E]/);
    expect(text.match(/ㅋ+/g)?.every((run) => run.length <= 100)).toBe(true);
  });
});

describe('per-user quiz cards (Universal Actions)', () => {
  async function startChannelQuiz() {
    await post(teams.base, channelMention(teams.connector.serviceUrl, 'quiz 3', { conversation: CHANNEL }));
    const [start] = await teams.connector.waitFor((c) => c.length === 1);
    return { cardId: start!.createdId!, card: cardOf(start) };
  }

  it("in a channel everyone gets a read-only card; the owner's refresh returns the live card with O/X", async () => {
    const { card } = await startChannelQuiz();
    expect(executeButtons(card)).toEqual([]);
    expect(cardText(card)).toContain('Alice님이 푸는 퀴즈');
    const refresh = (card as CardJson & { refresh: { userIds: string[]; action: { verb: string; data: unknown } } }).refresh;
    expect(refresh.userIds).toEqual([ALICE.id]);
    expect(refresh.action.verb).toBe('quiz_refresh');

    const live = await invokeBody(execute('quiz_refresh', refresh.action.data, ALICE, undefined, 'automatic'));
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const buttons = executeButtons(live.body.value as CardJson);
    expect(buttons.map((b) => [b.title, b.verb, b.fallback?.type])).toEqual([
      ['O', 'quiz_answer', 'Action.Submit'],
      ['X', 'quiz_answer', 'Action.Submit'],
    ]);

    const other = await invokeBody(execute('quiz_refresh', refresh.action.data, BOB, undefined, 'automatic'));
    expect(executeButtons(other.body.value as CardJson)).toEqual([]);
  });

  it("the owner answers with Action.Execute: live card back, everyone's copy updated; others cannot answer", async () => {
    const { cardId, card } = await startChannelQuiz();
    const refreshData = (card as CardJson & { refresh: { action: { data: unknown } } }).refresh.action.data;
    const live = (await invokeBody(execute('quiz_refresh', refreshData, ALICE, cardId, 'automatic'))).body.value as CardJson;
    const [o] = executeButtons(live);
    const sessionId = (o!.data as { kafkaBot: { sessionId: string } }).kafkaBot.sessionId;

    const bob = await invokeBody(execute('quiz_answer', o!.data, BOB, cardId));
    expect(bob.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(String(bob.body.value)).toContain('내 퀴즈가 아니에요');
    expect((await teams.runtime.store.getSession(sessionId))?.answers).toHaveLength(0);

    const alice = await invokeBody(execute('quiz_answer', o!.data, ALICE, cardId));
    expect(alice.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const next = alice.body.value as CardJson;
    expect(cardText(next)).toMatch(/✅ 정답|❌ 오답/);
    expect(cardText(next)).toContain('2 / 3');
    expect(executeButtons(next).map((b) => b.title)).toEqual(['O', 'X']);
    expect((await teams.runtime.store.getSession(sessionId))?.answers).toHaveLength(1);

    const update = (await teams.connector.waitFor((c) => c.some((call) => call.method === 'PUT'))).find((call) => call.method === 'PUT');
    expect(update).toMatchObject({ method: 'PUT', conversationId: CHANNEL.id, activityId: cardId });
    const shared = cardOf(update) as CardJson & { refresh?: { userIds: string[] } };
    expect(cardText(shared)).toContain('2 / 3');
    expect(executeButtons(shared)).toEqual([]);
    expect(shared.refresh?.userIds).toEqual([ALICE.id]);
  });

  it('in a personal chat the quiz card keeps its buttons and an Execute press answers it', async () => {
    await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: 'quiz 2' }));
    const [start] = await teams.connector.waitFor((c) => c.length === 1);
    const [o] = executeButtons(cardOf(start));
    expect(o?.verb).toBe('quiz_answer');
    const pressed = invoke(
      'adaptiveCard/action',
      { action: { type: 'Action.Execute', verb: 'quiz_answer', data: o!.data }, trigger: 'manual' },
      { replyToId: start!.createdId },
    );
    const { body } = await invokeBody(pressed);
    expect(cardText(body.value as CardJson)).toContain('2 / 2');
    await teams.connector.waitFor((c) => c.some((call) => call.method === 'PUT' && call.activityId === start!.createdId));
  });

  it('answers a forged or unknown Universal Action with a 400-style error body, not a crash', async () => {
    const forged = await invokeBody(execute('quiz_refresh', { kafkaBotView: { kind: 'quiz', body: 1 } }, ALICE, undefined, 'automatic'));
    expect(forged.status).toBe(200);
    expect(forged.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const unknown = await invokeBody(execute('delete_everything', {}, ALICE, undefined));
    expect(unknown.body).toMatchObject({ statusCode: 400 });
    expect(BOT.id).toBe('28:kafka-bot');
  });
});
