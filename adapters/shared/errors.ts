// What is safe to log about an error, for every adapter: name, first line of the message
// (redacted, at most 300 characters), and codes. Never stacks, request objects or tokens.
import { redactText } from '../../src/index.js';

export interface ErrorSummary {
  name: string;
  message: string;
  /** `code` of Node/KafkaBotError/Slack errors. */
  code?: string;
  /** Slack Web API `error` field (`invalid_auth`, `ratelimited`, …). */
  slackError?: string;
  /** HTTP status carried by the error, when any. */
  status?: number;
}

/** Summarize `error`; `secrets` (tokens, passwords) and anything token-shaped are redacted. */
export function describeError(error: unknown, secrets: string[] = []): ErrorSummary {
  const firstLine = (text: string) => redactText(text.split('\n')[0] ?? '', secrets).slice(0, 300);
  if (!(error instanceof Error)) return { name: typeof error, message: firstLine(String(error)) };
  const out: ErrorSummary = { name: error.name, message: firstLine(error.message) };
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; status?: unknown };
  if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.data?.error === 'string') out.slackError = e.data.error;
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  if (status !== undefined) out.status = status;
  return out;
}
