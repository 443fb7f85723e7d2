// Logging for the Slack adapter: a pino-compatible logger interface, Bolt's Logger on top of it,
// and redaction, so no token (xoxb-, xapp-, …) or signing secret ever reaches a log line.
import { LogLevel, type Logger } from '@slack/bolt';
import { redactText } from '../../src/index.js';

/** The logger the adapter writes to; a pino logger fits. */
export interface SlackLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Logger that drops everything (tests). */
export const silentLogger: SlackLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** Default: one JSON line per warning or error on stderr. */
export const consoleLogger: SlackLogger = {
  debug() {},
  info(obj, msg) { console.error(JSON.stringify({ level: 'info', ...obj, msg })); },
  warn(obj, msg) { console.error(JSON.stringify({ level: 'warn', ...obj, msg })); },
  error(obj, msg) { console.error(JSON.stringify({ level: 'error', ...obj, msg })); },
};

/** Replace anything shaped like a Slack token, and each given secret, with `[redacted]`. */
export function redact(text: string, secrets: string[] = []): string {
  return redactText(text, secrets);
}

/** What is safe to log about an error (adapters/shared/errors.ts). */
export { describeError } from '../shared/errors.js';

/** Bolt's Logger writing to `log`, every message redacted. */
export function boltLogger(log: SlackLogger, secrets: string[]): Logger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) =>
    redact(parts.map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : safeJson(p))).join(' '), secrets);
  return {
    debug: (...msg) => log.debug({ component: 'bolt' }, line(msg)),
    info: (...msg) => log.info({ component: 'bolt' }, line(msg)),
    warn: (...msg) => log.warn({ component: 'bolt' }, line(msg)),
    error: (...msg) => log.error({ component: 'bolt' }, line(msg)),
    setLevel: (l) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
