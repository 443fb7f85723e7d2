// Prometheus metrics for `GET /metrics`, on a Registry of our own (never prom-client's global one,
// so tests and several bots in one process do not collide). observe.ts and the knowledge watcher feed it.
import { createRequire } from 'node:module';
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Knowledge } from '../knowledge/types.js';
import type { Reply } from '../model/reply.js';

export interface MetricsOptions {
  /** Also collect Node process metrics (CPU, memory, event loop). Default false (tests). */
  processMetrics?: boolean;
  /** Prefix of every metric name. Default `kafka_bot_`. */
  prefix?: string;
}

export interface BotMetrics {
  registry: Registry;
  /** Content-Type header value for the exposition text. */
  contentType: string;
  questions: Counter<'kind'>;
  answerLatency: Histogram<'kind'>;
  quizAnswers: Counter<'result'>;
  feedbackVotes: Counter<'vote'>;
  errors: Counter<'adapter'>;
  /** Requests turned away before any work: bad signature, outside the time window, malformed, replayed, unauthorized. */
  rejectedRequests: Counter<'adapter' | 'reason'>;
  knowledgeChunks: Gauge;
  knowledgeReloadedAt: Gauge;
  knowledgeReloadFailures: Counter;
  /** Count one question (typed text or a follow-up button) by the kind of its reply. */
  recordQuestion(reply: Reply): void;
  /** Count one quiz answer (right or wrong). */
  recordQuizAnswer(correct: boolean): void;
  /** Note the knowledge now in use (chunk count, load time). */
  recordKnowledge(knowledge: Knowledge): void;
  /** The exposition text (Prometheus format). */
  metrics(): Promise<string>;
}

const ANSWERED_KINDS = new Set(['answer', 'comparison']);

/** prom-client, loaded with the first metrics: a CLI answer never needs it (about 70 ms of a start). */
const promClient = () => createRequire(import.meta.url)('prom-client') as typeof import('prom-client');

export function createMetrics(options: MetricsOptions = {}): BotMetrics {
  const { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } = promClient();
  const prefix = options.prefix ?? 'kafka_bot_';
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix });
  const registers = [registry];
  let answered = 0;
  let unanswered = 0;
  let quizCorrect = 0;
  let quizTotal = 0;

  const questions = new Counter({
    name: `${prefix}questions_total`,
    help: 'Questions handled, by reply kind (answer, comparison, no_answer, help, quiz, notice, error).',
    labelNames: ['kind'] as const,
    registers,
  });
  const answerLatency = new Histogram({
    name: `${prefix}answer_latency_seconds`,
    help: 'Time to build a reply to any message or button press, by reply kind.',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  });
  new Gauge({
    name: `${prefix}no_answer_ratio`,
    help: 'Share of questions the notes could not answer: no_answer / (answer + comparison + no_answer).',
    registers,
    collect() {
      const total = answered + unanswered;
      this.set(total === 0 ? 0 : unanswered / total);
    },
  });
  const quizAnswers = new Counter({
    name: `${prefix}quiz_answers_total`,
    help: 'Quiz answers recorded, by result (correct, wrong).',
    labelNames: ['result'] as const,
    registers,
  });
  new Gauge({
    name: `${prefix}quiz_accuracy`,
    help: 'Share of quiz answers that were correct since start.',
    registers,
    collect() {
      this.set(quizTotal === 0 ? 0 : quizCorrect / quizTotal);
    },
  });
  const feedbackVotes = new Counter({
    name: `${prefix}feedback_votes_total`,
    help: 'Feedback votes on answers, by vote (up, down).',
    labelNames: ['vote'] as const,
    registers,
  });
  const errors = new Counter({
    name: `${prefix}errors_total`,
    help:
      'Failed messages, by adapter (platform): errors thrown by the core, ' +
      'and adapter failures such as replies that could not be delivered.',
    labelNames: ['adapter'] as const,
    registers,
  });
  const rejectedRequests = new Counter({
    name: `${prefix}requests_rejected_total`,
    help:
      'Requests turned away before any work, by adapter and reason ' +
      '(bad_signature, outside_window, malformed, replay, unauthorized, refused, …).',
    labelNames: ['adapter', 'reason'] as const,
    registers,
  });
  const knowledgeChunks = new Gauge({ name: `${prefix}knowledge_chunks`, help: 'Chunks in the knowledge index in use.', registers });
  const knowledgeReloadedAt = new Gauge({
    name: `${prefix}knowledge_last_reload_timestamp_seconds`,
    help: 'When the knowledge in use was loaded (Unix seconds).',
    registers,
  });
  const knowledgeReloadFailures = new Counter({
    name: `${prefix}knowledge_reload_failures_total`,
    help: 'Reloads that failed (the previous knowledge was kept).',
    registers,
  });
  for (const kind of ['answer', 'comparison', 'no_answer']) questions.inc({ kind }, 0);
  for (const result of ['correct', 'wrong']) quizAnswers.inc({ result }, 0);
  for (const vote of ['up', 'down']) feedbackVotes.inc({ vote }, 0);

  return {
    registry,
    contentType: registry.contentType,
    questions,
    answerLatency,
    quizAnswers,
    feedbackVotes,
    errors,
    rejectedRequests,
    knowledgeChunks,
    knowledgeReloadedAt,
    knowledgeReloadFailures,
    recordQuestion(reply) {
      questions.inc({ kind: reply.kind });
      if (ANSWERED_KINDS.has(reply.kind)) answered += 1;
      else if (reply.kind === 'no_answer') unanswered += 1;
    },
    recordQuizAnswer(correct) {
      quizAnswers.inc({ result: correct ? 'correct' : 'wrong' });
      quizTotal += 1;
      if (correct) quizCorrect += 1;
    },
    recordKnowledge(knowledge) {
      knowledgeChunks.set(knowledge.chunks.length);
      knowledgeReloadedAt.set(knowledge.loadedAt / 1000);
    },
    metrics: () => registry.metrics(),
  };
}
