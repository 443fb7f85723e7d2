// Slack request signatures (v0 HMAC-SHA256 over `v0:<timestamp>:<body>`) with a window on both
// sides: Bolt only refuses old timestamps, so a request stamped in the future would stay valid.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Largest |now − timestamp| accepted, in seconds (Slack's guidance: 5 minutes). */
export const SIGNATURE_WINDOW_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'outside_window' | 'bad_signature' };

export interface SignatureInput {
  secret: string;
  /** The raw body exactly as received. */
  body: Buffer | string;
  /** `X-Slack-Signature`, e.g. `v0=ab12…`. */
  signature: string | undefined;
  /** `X-Slack-Request-Timestamp`, seconds since the epoch. */
  timestamp: string | undefined;
  /** Current time in ms. */
  nowMs: number;
}

export function verifySlackSignature(input: SignatureInput): SignatureCheck {
  const { signature, timestamp } = input;
  if (!signature || !timestamp) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  if (Math.abs(Math.floor(input.nowMs / 1000) - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) {
    return { ok: false, reason: 'outside_window' };
  }
  const expected = `v0=${createHmac('sha256', input.secret).update(`v0:${timestamp}:`).update(input.body).digest('hex')}`;
  const given = Buffer.from(signature, 'utf8');
  const wanted = Buffer.from(expected, 'utf8');
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { ok: false, reason: 'bad_signature' };
  return { ok: true };
}
