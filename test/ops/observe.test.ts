// observeAssistant: one JSON log line per handled message with platform, kind, latency and a
// request id; metrics recorded; and a token or secret never reaches a captured log line.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/ops/config.js';
import { createLogger } from '../../src/ops/log.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { observeAssistant } from '../../src/ops/observe.js';
import { secretsOf } from '../../src/ops/log.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import type { Incoming } from '../../src/model/message.js';
import type { Reply } from '../../src/model/reply.js';

const BOT_TOKEN = 'xoxb-1111-2222-abcdefSECRETtoken';
const SIGNING = 'signing-secret-0f0f0f0f';
const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING, LOG_LEVEL: 'info' });

function capture() {
  const lines: string[] = [];
  const logger = createLogger(config, { destination: { write: (s: string) => void lines.push(s) }, pretty: false });
  return { lines, logger, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const reply = (kind: Reply['kind'], extra: Partial<Reply> = {}): Reply => ({
  kind,
  body: '',
  sources: [],
  actions: [],
  text: '',
  ...extra,
});
const fixed = (r: Reply): Assistant => ({ handle: async () => r });
const msg = (text: string, extra: Partial<Incoming> = {}): Incoming => ({ platform: 'slack', userId: 'slack:T1:U1', text, ...extra });

describe('observeAssistant', () => {
  it('logs one line per message with platform, kind, latency and a request id', async () => {
    const { logger, records } = capture();
    const a = observeAssistant(fixed(reply('answer')), { logger });
    await a.handle(msg('ISR이 뭐야?'));
    await a.handle(msg('또', { platform: 'teams' }));
    const [first, second] = records();
    expect(records()).toHaveLength(2);
    expect(first).toMatchObject({ platform: 'slack', kind: 'answer', input: 'text', text: 'ISR이 뭐야?', msg: 'message handled' });
    expect(typeof first?.latencyMs).toBe('number');
    expect(first?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.requestId).not.toBe(first?.requestId);
    expect(second?.platform).toBe('teams');
  });

  it('logs at most 80 characters of the message text', async () => {
    const { logger, records } = capture();
    await observeAssistant(fixed(reply('no_answer')), { logger }).handle(msg('가'.repeat(500)));
    const text = String(records()[0]?.text);
    expect(text.length).toBeLessThanOrEqual(81);
  });

  it('never writes a token or secret, from the message or from an error', async () => {
    const { logger, lines } = capture();
    const ok = observeAssistant(fixed(reply('answer')), { logger, secrets: secretsOf(config) });
    await ok.handle(msg(`내 토큰 ${BOT_TOKEN} 이거 맞아? secret=${SIGNING}`));
    await ok.handle(msg('x', { action: { type: 'ask', label: 'a', question: `xapp-1-AAA-123-zzzz ${BOT_TOKEN}` } }));
    const failing: Assistant = {
      handle: async () => {
        throw new Error(`slack said invalid_auth for ${BOT_TOKEN} (${SIGNING})`);
      },
    };
    const metrics = createMetrics();
    await expect(observeAssistant(failing, { logger, metrics, secrets: secretsOf(config) }).handle(msg('hi'))).rejects.toThrow(
      'invalid_auth',
    );
    logger.error({ slack: { botToken: BOT_TOKEN, token: BOT_TOKEN } }, `direct ${BOT_TOKEN}`);
    const all = lines.join('');
    expect(lines.length).toBe(4);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain('SECRETtoken');
    expect(all).not.toContain(SIGNING);
    expect(all).not.toContain('xapp-1-AAA');
    expect(all).toContain('[redacted]');
    expect(all).toContain('invalid_auth');
    expect(await metrics.metrics()).toContain('kafka_bot_errors_total{adapter="slack"} 1');
  });

  it('records questions, quiz answers and feedback votes', async () => {
    const { logger } = capture();
    const metrics = createMetrics();
    const quizReply = reply('quiz', {
      quiz: { sessionId: 's', userId: 'u', result: { statement: 's', chosen: 'O', answer: 'O', correct: true, explanation: '' } },
    });
    await observeAssistant(fixed(reply('no_answer')), { logger, metrics }).handle(msg('모르는 것'));
    await observeAssistant(fixed(reply('answer')), { logger, metrics }).handle(msg('아는 것'));
    await observeAssistant(fixed(quizReply), { logger, metrics }).handle(
      msg('', { action: { type: 'quiz_answer', label: 'O', sessionId: 's', index: 0, choice: 'O' } }),
    );
    await observeAssistant(fixed(reply('notice')), { logger, metrics }).handle(
      msg('', { action: { type: 'feedback', label: '👎', vote: 'down', question: 'q', ref: 'r' } }),
    );
    const text = await metrics.metrics();
    expect(text).toContain('kafka_bot_questions_total{kind="no_answer"} 1');
    expect(text).toContain('kafka_bot_questions_total{kind="answer"} 1');
    expect(text).not.toContain('kafka_bot_questions_total{kind="quiz"}');
    expect(text).toContain('kafka_bot_no_answer_ratio 0.5');
    expect(text).toContain('kafka_bot_quiz_answers_total{result="correct"} 1');
    expect(text).toContain('kafka_bot_quiz_accuracy 1');
    expect(text).toContain('kafka_bot_feedback_votes_total{vote="down"} 1');
    expect(text).toContain('kafka_bot_answer_latency_seconds_count{kind="notice"} 1');
  });
});

describe('createLogger', () => {
  it('logs errors with their message and redacts tokens in them, also for logger.error(err)', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error(`auth failed ${BOT_TOKEN}`) }, 'slack error');
    logger.error(new Error(`direct ${BOT_TOKEN}`));
    const all = lines.join('');
    expect(all).not.toContain(BOT_TOKEN);
    expect(JSON.parse(lines[0]!).err.message).toBe('auth failed [redacted]');
    expect(JSON.parse(lines[1]!).msg).toBe('direct [redacted]');
  });
});
