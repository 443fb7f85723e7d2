// Bolt's App, counting the requests it is processing (graceful stop waits for them), acknowledging
// whatever no listener acknowledged (an unknown action_id gets 200 at once, not a 404 after 3 s),
// and turning an error that escaped the listeners into a report instead of a 500.
import { App, type ReceiverEvent } from '@slack/bolt';
import { classifySlackBody } from './payload.js';

/** Bolt's App, counting the requests it is processing and acknowledging whatever no listener did. */
export class TrackedApp extends App {
  readonly inflight = new Set<Promise<void>>();
  /** Set right after construction: where malformed bodies and escaped errors are reported. */
  report: { malformed(problem: string): void; failed(error: unknown): void } = { malformed() {}, failed() {} };

  override async processEvent(event: ReceiverEvent): Promise<void> {
    let acked = false;
    const ack: ReceiverEvent['ack'] = async (response) => {
      acked = true;
      await event.ack(response);
    };
    const work = this.dispatch({ ...event, ack });
    this.inflight.add(work);
    try {
      await work;
    } catch (error) {
      // Bolt would answer 500 (HTTP) or leave the envelope unacknowledged (Socket Mode).
      this.report.failed(error);
    } finally {
      this.inflight.delete(work);
      // An unknown action_id or an event nobody listens to: acknowledge it now rather than after Bolt's 3 s.
      if (!acked) await event.ack().catch(() => undefined);
    }
  }

  private async dispatch(event: ReceiverEvent): Promise<void> {
    // HTTP mode checked this in the gate already; Socket Mode bodies arrive here unchecked.
    const shape = classifySlackBody(event.body);
    if (shape.kind === 'invalid') return this.report.malformed(shape.error);
    await super.processEvent(event);
  }
}
