// Structured logs with pino: JSON lines in production, pretty on a terminal. Secrets from the
// config and anything shaped like a Slack token are redacted before a line is written.
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

const TOKEN = /\b(xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+)/g;

/** Replace every known secret and token-shaped string in `text`. */
export function redactText(text: string, secrets: string[]): string {
  let out = text.replace(TOKEN, '[redacted]');
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

export function secretsOf(config: Config): string[] {
  return [config.slack?.botToken, config.slack?.signingSecret, config.slack?.appToken, config.teams?.appPassword, config.redisUrl].filter(
    (s): s is string => Boolean(s),
  );
}

/** An Error as plain JSON (pino's own err serializer runs after our redaction, so do it here). */
function errorJson(error: Error): Record<string, unknown> {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(code === undefined ? {} : { code }),
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  };
}

export interface LoggerOptions {
  /** Pretty, human-readable lines (console mode). Default: JSON. */
  pretty?: boolean;
  /** Where lines go. Default stderr (stdout belongs to the console and CLI). */
  destination?: pino.DestinationStream;
}

export function createLogger(config: Config, options: LoggerOptions = {}): Logger {
  const secrets = secretsOf(config);
  const destination = options.destination ?? pino.destination(2);
  const pretty = options.pretty ?? config.logFormat === 'pretty';
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: [
          '*.token',
          '*.botToken',
          '*.appToken',
          '*.signingSecret',
          '*.password',
          '*.appPassword',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed: unknown[] = args.map((a) => (typeof a === 'string' ? redactText(a, secrets) : a));
          const first = scrubbed[0];
          if (first instanceof Error) {
            // logger.error(err): pino would take msg from err.message, past the redaction below.
            scrubbed[0] = { err: first };
            if (typeof scrubbed[1] !== 'string') scrubbed.splice(1, 0, redactText(first.message, secrets));
          }
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (object) =>
          JSON.parse(
            redactText(
              JSON.stringify(object, (_key, value: unknown) => (value instanceof Error ? errorJson(value) : value)),
              secrets,
            ),
          ) as Record<string, unknown>,
      },
    },
    pretty ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: process.stderr.isTTY } }) : destination,
  );
}

export type { Logger };
