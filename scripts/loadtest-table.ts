// The load test's report: one line per round, then the best round of each series (lowest p99) side
// by side, bot against bare, with the ratio and the p99 spread over rounds (the machine is shared).
import type { Result } from 'autocannon';

export type Series = 'slack-bare' | 'slack-bot' | 'teams-bare' | 'teams-bot';

/** The bot's ack p99 may be at most this many times the bare app's (issue 14). */
export const TARGET_RATIO = 2.0;

/** @param cpuMs CPU the app's main thread used during the round (NaN: not known). */
export function roundLine(r: Result, cpuMs = NaN): string {
  const bad = r.errors + r.timeouts + r.non2xx;
  const errors = bad === 0 ? 'no errors' : `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`;
  const perRequest = (cpuMs * 1000) / r.requests.total;
  const cpu = Number.isFinite(perRequest) ? `  main thread ${perRequest.toFixed(0)} µs/req` : '';
  const rate = `${r.requests.average.toFixed(0)} req/s`;
  return `p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  max ${r.latency.max} ms  ${rate}${cpu}  ${errors}`;
}

const best = (rs: Result[]): Result => rs.reduce((a, b) => (b.latency.p99 < a.latency.p99 ? b : a));
const ratio = (bot: number, bare: number) => (bare > 0 ? bot / bare : Number.POSITIVE_INFINITY);

function spread(rs: Result[]): string {
  const p99s = rs.map((r) => r.latency.p99);
  return `${Math.min(...p99s)}–${Math.max(...p99s)}`;
}

export function table(results: Record<Series, Result[]>): string {
  const rows = [
    '                         bare p50  bare p99   bot p50   bot p99   ratio p50  ratio p99' +
      '   bot p99 spread   bare p99 spread   errors (bot)',
  ];
  for (const [name, bareKey, botKey] of [
    ['Slack /kafka', 'slack-bare', 'slack-bot'],
    ['Teams message', 'teams-bare', 'teams-bot'],
  ] as const) {
    const bare = best(results[bareKey]);
    const bot = best(results[botKey]);
    const r99 = ratio(bot.latency.p99, bare.latency.p99);
    const errors = results[botKey].reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    rows.push(
      [
        name.padEnd(22),
        `${bare.latency.p50} ms`.padStart(9),
        `${bare.latency.p99} ms`.padStart(9),
        `${bot.latency.p50} ms`.padStart(9),
        `${bot.latency.p99} ms`.padStart(9),
        `${ratio(bot.latency.p50, bare.latency.p50).toFixed(2)}×`.padStart(10),
        `${r99.toFixed(2)}× ${r99 <= TARGET_RATIO ? '✓' : '✗'}`.padStart(10),
        `${spread(results[botKey])} ms`.padStart(16),
        `${spread(results[bareKey])} ms`.padStart(17),
        String(errors).padStart(14),
      ].join(' '),
    );
  }
  rows.push(`best round of each (lowest p99); target: bot ack p99 at most ${TARGET_RATIO.toFixed(1)}× the bare app's`);
  return rows.join('\n');
}
