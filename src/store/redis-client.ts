// The ioredis client a RedisStore talks through: lazy connect, bounded timeouts, one retry, and the
// two Lua scripts (create a session, record an answer) defined once; and how its failures are told.
import { Redis } from 'ioredis';
import { KafkaBotError, isKafkaBotError } from '../model/errors.js';
import { CREATE_SESSION, RECORD_ANSWER } from './redis-scripts.js';
import { redactRedisUrl, scrubPassword } from './redis-codec.js';

/** A client with the store's scripts as commands. */
export type Scripted = Redis & {
  kafkabotCreateSession(...args: Array<string | number>): Promise<number>;
  kafkabotRecordAnswer(...args: Array<string | number>): Promise<string>;
};

/** A client for `url` that gives up after `timeoutMs`; `onError` sees each connection error. */
export function scriptedClient(url: string, timeoutMs: number, onError: (error: Error) => void): Scripted {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, commandTimeout: timeoutMs, maxRetriesPerRequest: 1 });
  client.on('error', onError);
  client.defineCommand('kafkabotCreateSession', { numberOfKeys: 7, lua: CREATE_SESSION });
  client.defineCommand('kafkabotRecordAnswer', { numberOfKeys: 9, lua: RECORD_ANSWER });
  return client as Scripted;
}

/** STORE_UNAVAILABLE naming the server without credentials; the password never appears. */
export function unavailable(url: string, message: string, error: unknown): KafkaBotError {
  if (isKafkaBotError(error)) return error;
  const reason = scrubPassword(error instanceof Error ? error.message : String(error ?? 'unknown error'), url);
  return new KafkaBotError('STORE_UNAVAILABLE', `Redis at ${redactRedisUrl(url)}: ${message}: ${reason}`);
}
