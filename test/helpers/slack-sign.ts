// Requests signed the way Slack signs them (v0 HMAC-SHA256 over `v0:<timestamp>:<body>`): JSON
// events, form-encoded slash commands and `payload=` interactivity, with retry headers when asked.
import { createHmac } from 'node:crypto';

export interface SignOptions {
  /** Seconds since the epoch; default now. A value 10 minutes old is "stale". */
  timestamp?: number;
  /** Sign with this secret instead (a bad signature). */
  secret?: string;
  /** Extra headers, e.g. `x-slack-retry-num`. */
  headers?: Record<string, string>;
}

/** `x-slack-signature` and `x-slack-request-timestamp` for `body`. */
export function signatureHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** POST a signed body to `url`. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...signatureHeaders(options.secret ?? secret, body, options.timestamp),
      ...options.headers,
    },
    body,
  });
}

/** An Events API callback (JSON), as Slack delivers it. */
export function sendEvent(url: string, secret: string, envelope: object, options?: SignOptions): Promise<Response> {
  return postSigned(url, secret, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command (form-encoded). */
export function sendCommand(url: string, secret: string, fields: Record<string, string>, options?: SignOptions): Promise<Response> {
  return postSigned(url, secret, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interactivity payload (form-encoded `payload=<json>`). */
export function sendAction(url: string, secret: string, payload: object, options?: SignOptions): Promise<Response> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(url, secret, body, 'application/x-www-form-urlencoded', options);
}
