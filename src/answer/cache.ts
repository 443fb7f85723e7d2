// Teams ask the same questions again and again (onboarding cohorts, FAQs): composed replies are
// kept per knowledge version in a small LRU, so a repeat costs a map lookup instead of a search.
import type { Reply } from '../model/reply.js';

export class ReplyCache {
  private readonly entries = new Map<string, Reply>();
  private owner: object | undefined;

  /** @param size replies kept. Default 512. */
  constructor(private readonly size = 512) {}

  /**
   * The cached reply for `key` computed from `knowledge` (a reload starts afresh), or compute it
   * (here or in an answer worker); two misses at once both compute.
   */
  async get(knowledge: object, key: string, compute: () => Promise<Reply>): Promise<Reply> {
    const hit = this.hit(knowledge, key);
    if (hit) return hit;
    const reply = await compute();
    this.keep(knowledge, key, reply);
    return reply;
  }

  private hit(knowledge: object, key: string): Reply | undefined {
    if (knowledge !== this.owner) {
      this.entries.clear();
      this.owner = knowledge;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  private keep(knowledge: object, key: string, reply: Reply): void {
    // The notes were reloaded while this reply was computed: it belongs to the old ones.
    if (knowledge !== this.owner) return;
    this.entries.set(key, reply);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }
}
