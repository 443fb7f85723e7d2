// Fault injection on the Slack side (issue 10): the fake Web API answers 500, 429 with Retry-After,
// or never answers (timeouts) while the bot answers questions, updates quizzes and publishes App Home.
// Every question is answered or its failure counted, every quiz answer shown is stored, a failed
// press never blocks the quiz, Retry-After is honoured, and Slack never gets a 5xx.
import { afterEach, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../../adapters/shared/apology.js';
import { createMetrics, type BotMetrics, type SessionStore } from '../../../src/index.js';
import { MemoryStore } from '../../../src/testing.js';
import { faultReport, Tally } from '../../helpers/fault-report.js';
import { waitFor, type Fault, type RecordedCall } from '../../helpers/fake-slack.js';
import { sendEvent } from '../../helpers/slack-sign.js';
import { FAST_WEB_API, SECRET, TEAM, quizButtons, realAssistant, startHarness, type Harness } from '../slack/harness.js';

const report = faultReport();
let h: Harness | undefined;
let metrics: BotMetrics;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(webApi = FAST_WEB_API, store: SessionStore = new MemoryStore()): Promise<Harness> {
  metrics = createMetrics();
  h = await startHarness(await realAssistant(store), store, undefined, { metrics, webApi });
  return h;
}

async function slackErrors(): Promise<number> {
  const { values } = await metrics.errors.get();
  return values.filter((v) => v.labels.adapter === 'slack').reduce((n, v) => n + v.value, 0);
}

const QUESTIONS = ['RAID 10이 뭐야?', '브로커 메모리 얼마나?', 'ISR이 뭐야?', 'RAID 1 vs RAID 5', 'min.insync.replicas는?'];

/** Send `count` @mentions from different users; returns their ts. */
async function mentions(harness: Harness, tally: Tally, count: number, prefix: string): Promise<string[]> {
  const ts = Array.from({ length: count }, (_, i) => `17000${prefix}${String(i).padStart(3, '0')}.000100`);
  await Promise.all(
    ts.map((t, i) =>
      tally.send(() =>
        harness.event({
          type: 'app_mention',
          user: `U${prefix}${i}`,
          text: `<@UBOT> ${QUESTIONS[i % QUESTIONS.length]}`,
          ts: t,
          channel: 'C1',
        }),
      ),
    ),
  );
  await harness.adapter.settled();
  return ts;
}

/** Mentions whose answer was delivered (a postMessage without a fault, not the apology). */
function answered(harness: Harness, ts: string[]): Set<string> {
  const delivered = harness.slack.callsTo('chat.postMessage').filter((c) => !c.fault && c.args.text !== APOLOGY);
  return new Set(ts.filter((t) => delivered.some((c) => c.args.thread_ts === t)));
}

describe('answers while the Web API fails', () => {
  const cases: Array<[string, Fault, typeof FAST_WEB_API]> = [
    ['Web API 500 during answers', { status: 500, times: 6 }, FAST_WEB_API],
    ['Web API 429 Retry-After 1 s during answers', { status: 429, retryAfter: 1, times: 2 }, FAST_WEB_API],
    ['Web API timeouts during answers', { hang: true, times: 3 }, { timeoutMs: 300, retries: 2, retryMinDelayMs: 10 }],
  ];
  for (const [scenario, fault, webApi] of cases) {
    it(scenario, async () => {
      const harness = await start(webApi);
      const tally = new Tally();
      harness.slack.fail('chat.postMessage', fault);
      const ts = await mentions(harness, tally, 10, String(cases.findIndex((c) => c[0] === scenario)));
      const done = answered(harness, ts);
      const failures = await slackErrors();
      if ('status' in fault && fault.status === 429) {
        // Retry-After honoured: no answer went out before the second after the first 429.
        const limited = harness.slack.callsTo('chat.postMessage').find((c) => c.fault);
        const first = harness.slack.callsTo('chat.postMessage').find((c) => !c.fault);
        expect(first!.at - limited!.at).toBeGreaterThanOrEqual(950);
        expect(done.size).toBe(ts.length);
      }
      if ('hang' in fault) expect(done.size).toBe(ts.length);
      report({
        scenario,
        requests: tally.requests,
        faults: harness.slack.faultsInjected(),
        lost: Math.max(0, ts.length - done.size - failures),
        fiveXx: tally.fiveXx,
        note: `${done.size}/10 answered; ${failures} failed after retries, counted in kafka_bot_errors_total`,
      });
    });
  }
});

/** Play a 5-question quiz, pressing again whenever a press produced no update (what a user does). */
async function playQuiz(harness: Harness, tally: Tally): Promise<{ sessionId: string; shown: Map<number, RecordedCall>; presses: number }> {
  const { res, responseUrl } = await harness.command('/kafka-quiz', '5');
  tally.add(res.status);
  let message = await waitFor(() => harness.slack.callsTo('response_url').find((c) => c.url === responseUrl && !c.fault), 'the quiz');
  const sessionId = (JSON.parse(quizButtons(message.args.blocks)[0]?.value ?? '{}') as { sessionId: string }).sessionId;
  const shown = new Map<number, RecordedCall>();
  let presses = 0;
  for (let index = 0; index < 5;) {
    const o = quizButtons(message.args.blocks).find((b) => b.text.text === 'O');
    expect(o, `buttons for question ${index + 1}`).toBeDefined();
    const click = await harness.click(o!, { user: 'U1', message: { ts: '1700000777.000100' } });
    tally.add(click.res.status);
    presses += 1;
    expect(presses, 'the quiz is stuck').toBeLessThan(40);
    await harness.adapter.settled();
    const update = harness.slack
      .callsTo('response_url')
      .find((c) => c.url === click.responseUrl && !c.fault && c.args.replace_original === true);
    if (!update) continue; // nothing changed on screen: press again
    shown.set(index, update);
    message = update;
    index += 1;
  }
  return { sessionId, shown, presses };
}

describe('quiz presses while response_url fails', () => {
  const cases: Array<[string, Fault, typeof FAST_WEB_API]> = [
    ['response_url 500 during quiz presses', { status: 500, times: 4 }, FAST_WEB_API],
    ['response_url 429 Retry-After 1 s during quiz presses', { status: 429, retryAfter: 1, times: 2 }, FAST_WEB_API],
    ['response_url timeouts during quiz presses', { hang: true, times: 3 }, { timeoutMs: 300, retries: 1, retryMinDelayMs: 10 }],
  ];
  for (const [scenario, fault, webApi] of cases) {
    it(scenario, async () => {
      const store = new MemoryStore();
      const harness = await start(webApi, store);
      const tally = new Tally();
      // The quiz is posted first; the faults hit the presses.
      const quiz = playQuiz(harness, tally);
      await waitFor(() => harness.slack.callsTo('response_url').length > 0, 'the quiz');
      harness.slack.fail('response_url', fault);
      const { sessionId, shown } = await quiz;
      const session = await store.getSession(sessionId);
      const stored = new Set(session?.answers.map((a) => a.index));
      const lost = [...shown.keys()].filter((i) => !stored.has(i)).length + (session?.current === 5 ? 0 : 1);
      if ('status' in fault && fault.status === 429) {
        const limited = harness.slack.callsTo('response_url').find((c) => c.fault);
        const next = harness.slack.callsTo('response_url').find((c) => c.url === limited!.url && !c.fault);
        expect(next!.at - limited!.at).toBeGreaterThanOrEqual(950);
      }
      report({
        scenario,
        requests: tally.requests,
        faults: harness.slack.faultsInjected(),
        lost,
        fiveXx: tally.fiveXx,
        note: `5/5 answers stored, ${tally.requests - 6} extra presses`,
      });
    });
  }
});

describe('App Home publishes while views.publish fails', () => {
  it('views.publish 500, 429 Retry-After 1 s and a timeout', async () => {
    const harness = await start({ timeoutMs: 300, retries: 2, retryMinDelayMs: 10 });
    const tally = new Tally();
    const faults: Fault[] = [
      { status: 500, times: 1 },
      { status: 429, retryAfter: 1, times: 1 },
      { hang: true, times: 1 },
    ];
    for (const [i, fault] of faults.entries()) {
      harness.slack.fail('views.publish', fault);
      const envelope = {
        token: 'legacy',
        team_id: TEAM,
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: `EvHome${i}`,
        event_time: 1700000000,
        event: { type: 'app_home_opened', user: `U${i}`, channel: 'D1', tab: 'home', event_ts: '1700000000.1' },
      };
      await tally.send(() => sendEvent(harness.endpoint, SECRET, envelope));
      await waitFor(
        () => harness.slack.callsTo('views.publish').some((c) => c.args.user_id === `U${i}` && !c.fault),
        `the Home tab of U${i}`,
        10_000,
      );
      await harness.adapter.settled();
    }
    const published = new Set(
      harness.slack
        .callsTo('views.publish')
        .filter((c) => !c.fault)
        .map((c) => c.args.user_id),
    );
    report({
      scenario: 'views.publish 500 / 429 Retry-After 1 s / timeout on App Home',
      requests: tally.requests,
      faults: harness.slack.faultsInjected(),
      lost: 3 - published.size,
      fiveXx: tally.fiveXx,
      note: 'each publish retried until delivered',
    });
  });
});
