// Wraps an Assistant so every handled message writes one structured log line (platform, kind,
// latency, request id, a short redacted snippet) and feeds the Prometheus metrics.
import { randomUUID } from 'node:crypto';
import type { Assistant } from '../assistant/assistant.js';
import type { Incoming } from '../model/message.js';
import type { Reply } from '../model/reply.js';
import type { BotMetrics } from './metrics.js';
import { redactText, type Logger } from './log.js';

/** Longest piece of the user's text that reaches a log line. */
export const LOG_TEXT_MAX = 80;

export interface ObserveOptions {
  /** Where the per-message line goes (level info; errors at error). */
  logger: Logger;
  /** Metrics to record into. Default: none (logs only). */
  metrics?: BotMetrics;
  /** Extra strings never to log (tokens, secrets). Token-shaped strings are always redacted. Default none. */
  secrets?: string[];
  /** High-resolution clock in ms, for tests. Default performance.now. */
  clock?: () => number;
}

/** What came in, for the log: typed text, or the kind of button pressed. */
function inputOf(message: Incoming): string {
  if (!message.action) return message.command ? `command:${message.command}` : 'text';
  return `action:${message.action.type}`;
}

function snippet(message: Incoming, secrets: string[]): string | undefined {
  const raw = message.action?.type === 'ask' ? message.action.question : message.text;
  if (!raw) return undefined;
  const clean = redactText(raw.replace(/\s+/g, ' ').trim(), secrets);
  return clean.length > LOG_TEXT_MAX ? `${clean.slice(0, LOG_TEXT_MAX)}…` : clean;
}

function isQuestion(message: Incoming, reply: Reply): boolean {
  if (reply.quiz?.result) return false;
  if (!message.action) return message.command !== 'kafka-quiz';
  return message.action.type === 'ask';
}

export function observeAssistant(assistant: Assistant, options: ObserveOptions): Assistant {
  const { logger, metrics } = options;
  const secrets = options.secrets ?? [];
  const clock = options.clock ?? (() => performance.now());
  return {
    async handle(message: Incoming): Promise<Reply> {
      const requestId = randomUUID();
      const started = clock();
      const base = { requestId, platform: message.platform, input: inputOf(message), text: snippet(message, secrets) };
      let reply: Reply;
      try {
        reply = await assistant.handle(message);
      } catch (error) {
        const latencyMs = Math.round((clock() - started) * 10) / 10;
        metrics?.errors.inc({ adapter: message.platform });
        const err = error as { message?: unknown; code?: unknown; name?: unknown };
        logger.error(
          {
            ...base,
            kind: 'error',
            latencyMs,
            error: {
              name: String(err?.name ?? 'Error'),
              code: err?.code === undefined ? undefined : String(err.code),
              message: redactText(String(err?.message ?? error), secrets),
            },
          },
          'message failed',
        );
        throw error;
      }
      const latencyMs = Math.round((clock() - started) * 10) / 10;
      if (metrics) {
        metrics.answerLatency.observe({ kind: reply.kind }, latencyMs / 1000);
        if (isQuestion(message, reply)) metrics.recordQuestion(reply);
        if (reply.quiz?.result) metrics.recordQuizAnswer(reply.quiz.result.correct);
        if (message.action?.type === 'feedback') metrics.feedbackVotes.inc({ vote: message.action.vote });
      }
      logger.info({ ...base, kind: reply.kind, latencyMs }, 'message handled');
      return reply;
    },
  };
}
