// The Prometheus registry: every metric the issue lists is exposed, counts add up, and two bots in
// one process keep separate registries.
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.js';
import type { Reply } from '../../src/model/reply.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const reply = (kind: Reply['kind']): Reply => ({ kind, body: '', sources: [], actions: [], text: '' });

function value(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(line + ' '));
  if (!found) throw new Error(`no metric line ${line}`);
  return Number(found.slice(line.length + 1));
}

describe('metrics', () => {
  it('exposes every metric in Prometheus text format', async () => {
    const m = createMetrics();
    const text = await m.metrics();
    for (const name of [
      'kafka_bot_questions_total',
      'kafka_bot_no_answer_ratio',
      'kafka_bot_answer_latency_seconds',
      'kafka_bot_quiz_answers_total',
      'kafka_bot_quiz_accuracy',
      'kafka_bot_feedback_votes_total',
      'kafka_bot_errors_total',
      'kafka_bot_requests_rejected_total',
      'kafka_bot_knowledge_chunks',
      'kafka_bot_knowledge_last_reload_timestamp_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(m.contentType).toContain('text/plain');
  });

  it('counts questions by kind and computes the no-answer ratio', async () => {
    const m = createMetrics();
    m.recordQuestion(reply('answer'));
    m.recordQuestion(reply('answer'));
    m.recordQuestion(reply('comparison'));
    m.recordQuestion(reply('no_answer'));
    m.recordQuestion(reply('help'));
    const text = await m.metrics();
    expect(value(text, 'kafka_bot_questions_total{kind="answer"}')).toBe(2);
    expect(value(text, 'kafka_bot_questions_total{kind="help"}')).toBe(1);
    expect(value(text, 'kafka_bot_no_answer_ratio')).toBeCloseTo(0.25);
  });

  it('computes quiz accuracy and counts feedback, errors and latency', async () => {
    const m = createMetrics();
    m.recordQuizAnswer(true);
    m.recordQuizAnswer(true);
    m.recordQuizAnswer(false);
    m.feedbackVotes.inc({ vote: 'down' });
    m.errors.inc({ adapter: 'slack' });
    m.answerLatency.observe({ kind: 'answer' }, 0.004);
    const text = await m.metrics();
    expect(value(text, 'kafka_bot_quiz_answers_total{result="correct"}')).toBe(2);
    expect(value(text, 'kafka_bot_quiz_accuracy')).toBeCloseTo(2 / 3);
    expect(value(text, 'kafka_bot_feedback_votes_total{vote="down"}')).toBe(1);
    expect(value(text, 'kafka_bot_errors_total{adapter="slack"}')).toBe(1);
    expect(value(text, 'kafka_bot_answer_latency_seconds_count{kind="answer"}')).toBe(1);
    expect(value(text, 'kafka_bot_answer_latency_seconds_bucket{le="0.005",kind="answer"}')).toBe(1);
  });

  it('records the knowledge in use', async () => {
    const m = createMetrics();
    const k = await loadKnowledge('knowledge');
    m.recordKnowledge(k);
    const text = await m.metrics();
    expect(value(text, 'kafka_bot_knowledge_chunks')).toBe(k.chunks.length);
    expect(value(text, 'kafka_bot_knowledge_last_reload_timestamp_seconds')).toBeCloseTo(k.loadedAt / 1000);
  });

  it('keeps registries apart (no global registry)', async () => {
    const a = createMetrics();
    const b = createMetrics({ processMetrics: true });
    a.recordQuestion(reply('answer'));
    expect(value(await b.metrics(), 'kafka_bot_questions_total{kind="answer"}')).toBe(0);
    expect(await b.metrics()).toContain('kafka_bot_process_resident_memory_bytes');
  });
});
