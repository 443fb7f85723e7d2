// The welcome DM: once per user, ever. The store holds a `welcomed` document per user; a short
// lease keeps two replicas (or two join events) from both sending, and a failed send releases it
// so the next join tries again instead of leaving the newcomer without a welcome.
import type { Reply } from '../model/reply.js';
import type { SessionStore } from '../store/store.js';

/** How long one replica may take to send a welcome before another may try. Default 5 min. */
export const WELCOME_LEASE_MS = 5 * 60_000;

export const WELCOMED = 'welcomed';

/** A welcome to send: call `sent()` after delivering it, or `failed()` so a later join retries. */
export interface PendingWelcome {
  reply: Reply;
  sent(): Promise<void>;
  failed(): Promise<void>;
}

/** What the welcomed document holds: when and on which platform (the digest reads `at`). */
export interface WelcomedRecord {
  at: number;
  platform: string;
}

export async function claimWelcome(
  store: SessionStore,
  userId: string,
  platform: string,
  owner: string,
  now: () => number,
  compose: () => Promise<Reply>,
): Promise<PendingWelcome | undefined> {
  if ((await store.getDoc(WELCOMED, userId)) !== undefined) return undefined;
  const key = `welcome:${userId}`;
  if (!(await store.lease(key, owner, WELCOME_LEASE_MS))) return undefined;
  // Another replica may have finished between the check and the lease.
  if ((await store.getDoc(WELCOMED, userId)) !== undefined) return undefined;
  let reply: Reply;
  try {
    reply = await compose();
  } catch (error) {
    await store.releaseLease(key, owner);
    throw error;
  }
  return {
    reply,
    async sent() {
      const record: WelcomedRecord = { at: now(), platform };
      await store.putDoc(WELCOMED, userId, JSON.stringify(record), { onlyIfAbsent: true });
    },
    failed: () => store.releaseLease(key, owner),
  };
}
