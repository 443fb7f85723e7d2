// /kafka-quiz end to end on the real quiz: the quiz is posted with O/X buttons, pressing them updates
// the same message (result, explanation, source, next question, final score N/M), others change nothing.
import { describe, expect, it } from 'vitest';
import { waitFor, type RecordedCall } from '../../helpers/fake-slack.js';
import { quizButtons, realAssistant, spy, useHarness } from './harness.js';

const t = useHarness(async (store) => spy(await realAssistant(store)));

const at = (url: string) => () => t.h.slack.callsTo('response_url').filter((c) => c.url === url);
const sessionOf = (message: RecordedCall) =>
  (JSON.parse(quizButtons(message.args.blocks)[0]?.value ?? '{}') as { sessionId: string }).sessionId;

async function startQuiz(): Promise<RecordedCall> {
  const { res, responseUrl } = await t.h.command('/kafka-quiz', '3');
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('');
  return waitFor(() => at(responseUrl)()[0], 'the first question');
}

describe('/kafka-quiz', () => {
  it('plays a whole quiz by pressing the buttons in the posted blocks', async () => {
    let message = await startQuiz();
    expect(message.args.response_type).toBe('in_channel');
    const sessionId = sessionOf(message);
    const choices = ['O', 'X', 'O'];
    for (const [i, choice] of choices.entries()) {
      const buttons = quizButtons(message.args.blocks);
      expect(buttons.map((b) => b.text.text)).toEqual(['O', 'X']);
      expect(JSON.stringify(message.args.blocks)).toContain(`문제 ${i + 1}/3`);
      const button = buttons.find((b) => b.text.text === choice)!;
      const { responseUrl } = await t.h.click(button, { user: 'U1', message: { ts: '1700000005.000100' } });
      message = await waitFor(() => at(responseUrl)()[0], `the update after question ${i + 1}`);
      expect(message.args.replace_original).toBe(true);
      const session = await t.h.store.getSession(sessionId);
      const answer = session?.answers[i];
      expect(answer?.choice).toBe(choice);
      const shown = JSON.stringify(message.args.blocks);
      expect(shown).toContain(answer?.correct ? '✅ *정답*' : '❌ *오답*');
      expect(shown).toContain('📄');
      expect(shown).toMatch(/📄 .*\.md:\d+/);
    }
    expect(quizButtons(message.args.blocks)).toEqual([]);
    const session = await t.h.store.getSession(sessionId);
    const correct = session?.answers.filter((a) => a.correct).length;
    expect(session?.finishedAt).toBeDefined();
    expect(JSON.stringify(message.args.blocks)).toContain(`🏁 ${correct} / 3`);
    // The source of each verdict once, and the counter once per message.
    expect(JSON.stringify(message.args.blocks).match(/📄/g) ?? []).toHaveLength(1);
  });

  it('someone else pressing the buttons gets an ephemeral hint and changes nothing', async () => {
    const message = await startQuiz();
    const o = quizButtons(message.args.blocks)[0]!;
    const { responseUrl } = await t.h.click(o, { user: 'U2', message: { ts: '1700000005.000100' } });
    const hint = await waitFor(() => t.h.slack.callsTo('chat.postEphemeral')[0], 'the hint');
    await t.h.adapter.settled();
    expect(hint.args).toMatchObject({ channel: 'C1', user: 'U2' });
    expect(String(hint.args.text)).toContain('내 퀴즈가 아니에요');
    expect(at(responseUrl)()).toEqual([]);
    expect(t.h.slack.callsTo('chat.update')).toEqual([]);
    const session = await t.h.store.getSession(sessionOf(message));
    expect(session?.answers).toEqual([]);
    expect(session?.current).toBe(0);
  });

  it('a double click records one answer and updates once', async () => {
    const message = await startQuiz();
    const [o, x] = quizButtons(message.args.blocks);
    const where = { user: 'U1', message: { ts: '1700000005.000100' } };
    const clicks = await Promise.all([t.h.click(o!, where), t.h.click(o!, where), t.h.click(x!, where)]);
    await waitFor(() => clicks.some((c) => at(c.responseUrl)().length > 0), 'the update');
    await t.h.adapter.settled();
    expect(clicks.flatMap((c) => at(c.responseUrl)())).toHaveLength(1);
    const session = await t.h.store.getSession(sessionOf(message));
    expect(session?.answers).toHaveLength(1);
    expect(session?.current).toBe(1);
  });

  it('help and stats answer only the asker', async () => {
    for (const arg of ['help', 'stats']) {
      const { responseUrl } = await t.h.command('/kafka-quiz', arg);
      const reply = await waitFor(() => at(responseUrl)()[0], arg);
      expect(reply.args.response_type).toBe('ephemeral');
    }
    expect(t.assistant.calls[0]).toMatchObject({ command: 'kafka-quiz', text: 'help', userName: 'name-U1', userId: 'slack:T1:U1' });
  });
});

describe('/kafka-quiz after a Slack failure (issue 10 #1)', () => {
  it('a press whose update failed does not block the next one: it shows the current state', async () => {
    const message = await startQuiz();
    const sessionId = sessionOf(message);
    const o = quizButtons(message.args.blocks)[0]!;
    const where = { user: 'U1', message: { ts: '1700000005.000100' } };
    for (const method of ['response_url', 'chat.update', 'chat.postEphemeral', 'chat.postMessage']) t.h.slack.fail(method, { status: 500 });
    await t.h.click(o, where);
    await waitFor(() => t.h.slack.callsTo('response_url').some((c) => c.fault), 'the failed update');
    await t.h.adapter.settled();
    expect((await t.h.store.getSession(sessionId))?.answers).toHaveLength(1);

    t.h.slack.clearFaults();
    // The message still shows question 1: the user presses again.
    const { responseUrl } = await t.h.click(o, where);
    const update = await waitFor(() => at(responseUrl)()[0], 'the current state after the retry');
    expect(update.args.replace_original).toBe(true);
    expect(JSON.stringify(update.args.blocks)).toContain('문제 2/3');
    const session = await t.h.store.getSession(sessionId);
    expect(session?.answers).toHaveLength(1);
    expect(session?.current).toBe(1);
  });
});
