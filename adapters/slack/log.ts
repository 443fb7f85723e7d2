// Bolt's Logger on top of the adapters' one logger type (adapters/shared/log.ts), every line
// redacted, so no token (xoxb-, xapp-, …) or signing secret Bolt mentions ever reaches a log line.
import { LogLevel, type Logger } from '@slack/bolt';
import { redactText } from '../../src/index.js';
import type { AdapterLogger } from '../shared/log.js';

/** Bolt's Logger writing to `log`, every message redacted. */
export function boltLogger(log: AdapterLogger, secrets: string[]): Logger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) =>
    redactText(
      parts.map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : safeJson(p))).join(' '),
      secrets,
    );
  return {
    debug: (...msg) => log.debug({ component: 'bolt' }, line(msg)),
    info: (...msg) => log.info({ component: 'bolt' }, line(msg)),
    warn: (...msg) => log.warn({ component: 'bolt' }, line(msg)),
    error: (...msg) => log.error({ component: 'bolt' }, line(msg)),
    setLevel: (l) => {
      level = l;
    },
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
