// Every listener's work runs through `guarded`: an error is logged with context (ids, never tokens)
// and the user gets a short apology instead of silence. Bolt's app.error stays the last resort.
import type { Assistant, SessionStore } from '../../src/index.js';
import type { FailureCounter } from '../shared/failures.js';
import { APOLOGY } from '../shared/apology.js';
import { describeError } from '../shared/errors.js';
import type { AdapterLogger } from '../shared/log.js';
import type { WorkSlots } from '../shared/slots.js';
import type { SlackExperts } from './experts.js';

/** What every listener needs. */
export interface SlackDeps {
  assistant: Assistant;
  store: SessionStore;
  log: AdapterLogger;
  /** Token and secret values, redacted from anything logged. */
  secrets: string[];
  /** Bounds the work that runs after acks (see slots.ts). */
  slots: WorkSlots;
  /** "전문가에게 물어보기" (experts.ts), when EXPERTS_CHANNEL_ID is set. */
  experts?: SlackExperts;
  /** Counts failed messages into kafka_bot_errors_total (adapters/shared/failures.ts). */
  failures: FailureCounter;
}

/**
 * Run `work`; on error log `where` + `context` and call `apologize(APOLOGY)` (whose own failure is
 * logged too). Never throws; true when `work` succeeded.
 */
export async function guarded(
  deps: SlackDeps,
  where: string,
  context: Record<string, unknown>,
  work: () => Promise<void>,
  apologize: (text: string) => Promise<unknown>,
): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    deps.failures.failed(error);
    deps.log.error({ where, ...context, err: describeError(error, deps.secrets) }, `slack: ${where} failed`);
    try {
      await apologize(APOLOGY);
    } catch (second) {
      deps.log.error({ where, ...context, err: describeError(second, deps.secrets) }, `slack: apology for ${where} failed`);
    }
    return false;
  }
}
