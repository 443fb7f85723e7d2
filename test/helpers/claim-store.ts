// The store methods the Teams adapter uses (dedupe claims), in memory, for tests that need no
// whole SessionStore.
import type { SessionStore } from '../../src/index.js';

/** A claim-only store; `claimed` shows what is held. */
export function claimStore(): Pick<SessionStore, 'claim' | 'release'> & { claimed: Set<string> } {
  const claimed = new Set<string>();
  return {
    claimed,
    async claim(key) {
      if (claimed.has(key)) return false;
      claimed.add(key);
      return true;
    },
    async release(key) {
      claimed.delete(key);
    },
  };
}
