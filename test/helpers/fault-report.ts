// The fault-injection suite's ledger: each scenario counts the requests it sent, the faults the fakes
// injected, quiz answers lost and 5xx responses, asserts the last two are 0, and the file prints a
// table at the end (`FAULT-REPORT` lines, collected for the closing note).
import { afterAll, expect } from 'vitest';

export interface FaultRow {
  scenario: string;
  requests: number;
  faults: number;
  /** Quiz answers acknowledged to the user but not in the store, or questions that failed silently. */
  lost: number;
  fiveXx: number;
  note?: string;
}

/** Counts what one scenario sent and got back. */
export class Tally {
  requests = 0;
  fiveXx = 0;
  /** Requests that got no HTTP answer at all (connection refused or reset while stopping). */
  refused = 0;
  readonly statuses: number[] = [];

  /** Record one request's outcome: an HTTP status, or 0 when there was no response. */
  add(status: number): number {
    this.requests += 1;
    this.statuses.push(status);
    if (status >= 500) this.fiveXx += 1;
    if (status === 0) this.refused += 1;
    return status;
  }

  /** Send through `send`, recording the status (0 when the request failed without a response). */
  async send(send: () => Promise<Response>): Promise<number> {
    try {
      const res = await send();
      await res.arrayBuffer().catch(() => undefined);
      return this.add(res.status);
    } catch {
      return this.add(0);
    }
  }
}

/** Collect rows for this test file and print them as a table after its tests. */
export function faultReport(): (row: FaultRow) => void {
  const rows: FaultRow[] = [];
  afterAll(() => {
    if (rows.length === 0) return;
    const lines = rows.map((r) => `| ${r.scenario} | ${r.requests} | ${r.faults} | ${r.lost} | ${r.fiveXx} | ${r.note ?? ''} |`);
    console.log(
      [
        'FAULT-REPORT',
        '| scenario | requests sent | faults injected | answers lost | 5xx | note |',
        '|---|---|---|---|---|---|',
        ...lines,
      ].join('\n'),
    );
  });
  return (row) => {
    rows.push(row);
    expect(row.faults, `${row.scenario}: no fault was injected`).toBeGreaterThan(0);
    expect(row.lost, `${row.scenario}: answers lost`).toBe(0);
    expect(row.fiveXx, `${row.scenario}: 5xx responses`).toBe(0);
  };
}
