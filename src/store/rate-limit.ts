// Per-user limit on questions (quiz presses are never limited), with rate-limiter-flexible: kept in
// Redis when Redis is the store, so every replica counts against one limit per user, and in
// process memory otherwise. A Redis that fails falls back to memory rather than refusing questions.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

/** One per-user question budget. */
export interface QuestionLimiter {
  /** Count one question for `userId`; false when over the limit. */
  allow(userId: string): Promise<boolean>;
}

/** The window every limit counts over. */
const WINDOW_SECONDS = 60;

type Consumer = Pick<RateLimiterMemory, 'consume'>;

function limiterOn(consumer: Consumer): QuestionLimiter {
  return {
    async allow(userId) {
      try {
        await consumer.consume(userId);
        return true;
      } catch (rejection) {
        // Over the limit is a RateLimiterRes; anything else (a store error past the insurance) lets the question through.
        return !(rejection instanceof RateLimiterRes);
      }
    },
  };
}

/** `perMinute` questions per user per minute, counted in this process only. */
export function memoryLimiter(perMinute: number): QuestionLimiter {
  return limiterOn(new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS }));
}

/**
 * `perMinute` questions per user per minute, counted in Redis under `<prefix>ratelimit:` so every
 * replica on the same Redis shares it; while Redis does not answer, each replica counts in memory.
 */
export function redisLimiter(client: Redis, perMinute: number, prefix: string): QuestionLimiter {
  return limiterOn(
    new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${prefix}ratelimit`,
      points: perMinute,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS }),
    }),
  );
}
