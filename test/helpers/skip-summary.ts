// A vitest reporter that ends the run with one line saying what was skipped and why, e.g.
// "skipped 15: ../shared not found: Slack manifest schema, eval". Test files announce a skip with
// console.warn('SKIPPED: <cause>: <what>'); skipped tests are counted per file and grouped by cause.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/** Skipped tests of one file and the reasons it announced. */
export interface FileSkips {
  file: string;
  skipped: number;
  reasons: string[];
}

/** `<cause>: <what>` -> [cause, what]; a reason without a colon is all cause. */
function split(reason: string): [string, string] {
  const at = reason.indexOf(': ');
  return at < 0 ? [reason.trim(), ''] : [reason.slice(0, at).trim(), reason.slice(at + 2).trim()];
}

/** The summary line; `extra` are skips outside vitest (the eval), named but not counted. */
export function skipLine(files: FileSkips[], extra: string[] = []): string {
  const byCause = new Map<string, { count: number; whats: string[] }>();
  const add = (reason: string, count: number) => {
    const [cause, what] = split(reason);
    const entry = byCause.get(cause) ?? { count: 0, whats: [] };
    entry.count += count;
    if (what && !entry.whats.includes(what)) entry.whats.push(what);
    byCause.set(cause, entry);
  };
  let total = 0;
  for (const f of files) {
    if (f.skipped === 0) continue;
    total += f.skipped;
    add(f.reasons[0] ?? `no reason given: ${f.file}`, f.skipped);
    for (const reason of f.reasons.slice(1)) add(reason, 0);
  }
  for (const reason of extra) add(reason, 0);
  if (byCause.size === 0) return 'skipped 0: nothing skipped';
  const parts = [...byCause].map(([cause, { whats }]) => (whats.length > 0 ? `${cause}: ${whats.join(', ')}` : cause));
  return `skipped ${total}: ${parts.join('; ')}`;
}

const EVAL_FILE = path.resolve(process.cwd(), '../shared/eval/questions.jsonl');

export default class SkipSummaryReporter implements Reporter {
  private readonly reasons = new Map<string, string[]>();

  onUserConsoleLog(log: UserConsoleLog): void {
    const match = /^SKIPPED: (.+)$/m.exec(log.content);
    if (!match?.[1] || !log.taskId) return;
    const list = this.reasons.get(log.taskId) ?? [];
    if (!list.includes(match[1].trim())) list.push(match[1].trim());
    this.reasons.set(log.taskId, list);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const files = testModules.map((m) => ({
      file: path.relative(process.cwd(), m.moduleId),
      skipped: [...m.children.allTests()].filter((t) => t.result().state === 'skipped').length,
      reasons: this.reasons.get(m.id) ?? [],
    }));
    // `npm test` runs the eval too; it skips when ../shared is absent (adapters/cli/eval.ts).
    const extra = process.env.npm_lifecycle_event === 'test' && !existsSync(EVAL_FILE) ? ['../shared not found: eval'] : [];
    process.stdout.write(`\n${skipLine(files, extra)}\n`);
  }
}
