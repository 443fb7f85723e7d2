// Writes that need nothing back before the next turn of the event loop (dedupe claims, path
// progress, feedback, unanswered questions) are committed together, one transaction per turn: on
// SQLite a commit costs several times the write itself, and under load each answer makes two.
// Anything else the store does first commits what is waiting, so every read sees earlier writes.

interface Job<Open> {
  what: string;
  run: (open: Open) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class WriteBatch<Open> {
  private jobs: Array<Job<Open>> = [];
  private timer: NodeJS.Immediate | undefined;

  /** @param commit runs `work` in one transaction (and names `what` if it fails). */
  constructor(private readonly commit: (what: string, work: (open: Open) => void) => void) {}

  /** `run` in the next commit; resolves with what it returned once committed. */
  add<T>(what: string, run: (open: Open) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ what, run, resolve: resolve as (value: unknown) => void, reject });
      this.timer ??= setImmediate(() => this.flush());
    });
  }

  /** Commit what is waiting now. A failure (busy, I/O, closed) fails every write of the batch. */
  flush(): void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = undefined;
    const jobs = this.jobs;
    if (jobs.length === 0) return;
    this.jobs = [];
    const results: unknown[] = [];
    const what = jobs.length === 1 ? jobs[0]!.what : `${[...new Set(jobs.map((j) => j.what))].join(', ')} (${jobs.length} writes)`;
    try {
      this.commit(what, (open) => {
        for (const job of jobs) results.push(job.run(open));
      });
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => job.resolve(results[i]));
  }
}
