// Counting adapter failures into kafka_bot_errors_total: replies that could not be delivered,
// listener and turn errors. Errors thrown by the core are counted by observeAssistant already, so
// the adapter marks those (through its wrapped assistant) and counts only the rest: once per failure.
import type { Assistant, BotMetrics } from '../../src/index.js';

export type AdapterName = 'slack' | 'teams';

/** The metrics an adapter writes to (a BotMetrics fits). */
export type AdapterMetrics = Pick<BotMetrics, 'errors' | 'rejectedRequests'>;

export interface FailureCounter {
  /** `assistant`, with the errors it throws marked as counted by the core. */
  wrap(assistant: Assistant): Assistant;
  /** Count one failed message, unless the core counted this error already. */
  failed(error: unknown): void;
  /** Count one request turned away (bad signature, malformed, replay, unauthorized, …). */
  rejected(reason: string): void;
}

export function failureCounter(adapter: AdapterName, metrics?: AdapterMetrics): FailureCounter {
  const fromCore = new WeakSet<object>();
  return {
    wrap: (assistant) => ({
      handle: (message) =>
        assistant.handle(message).catch((error: unknown) => {
          if (typeof error === 'object' && error !== null) fromCore.add(error);
          throw error;
        }),
    }),
    failed(error) {
      if (typeof error === 'object' && error !== null && fromCore.has(error)) return;
      metrics?.errors.inc({ adapter });
    },
    rejected(reason) {
      metrics?.rejectedRequests.inc({ adapter, reason });
    },
  };
}
