// Backpressure for ack-then-work handlers (Slack listeners, Teams turns): at most `size` pieces of
// work run after their acks. Under overload the next ack waits for a free slot (briefly) instead of
// letting an unbounded backlog of answers pile up in memory behind fast acks.

export class WorkSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  /** @param size work allowed in flight at once. Default 64. @param maxWaitMs longest an ack waits. Default 1500. */
  constructor(
    readonly size = 64,
    private readonly maxWaitMs = 1500,
  ) {
    this.free = size;
  }

  /** Slots taken and not yet released (0 when idle). */
  get inUse(): number {
    return this.size - this.free;
  }

  /** Resolves with a release function once a slot is free (or after maxWaitMs, slot or not). */
  async acquire(): Promise<() => void> {
    if (this.free > 0) {
      this.free -= 1;
      return this.releaser();
    }
    const got = await new Promise<boolean>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(wake);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(false);
      }, this.maxWaitMs);
      this.waiting.push(wake);
    });
    return got ? this.releaser() : () => {};
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}
