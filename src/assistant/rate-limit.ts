// Per-user sliding-window limit on questions (quiz presses are never limited). Kept in process
// memory: with several replicas each enforces its own window, which is fine for a courtesy limit.

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  /** @param perMinute questions allowed per user in any 60 s window. */
  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** Count one question for `userId`; false when over the limit (nothing counted then). */
  allow(userId: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((at) => t - at < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(userId, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return true;
  }

  private prune(t: number): void {
    for (const [user, list] of this.hits) if (list.every((at) => t - at >= 60_000)) this.hits.delete(user);
  }
}
