// Contract: leases (exactly one replica runs a scheduled job) and documents, for every store.
// Expiry runs on the injected clock; racing peers are a second handle on the same data.
import { expect } from 'vitest';
import type { SessionStore } from '../../src/store/store.js';
import type { ContractContext } from './fixtures.js';

export interface LeaseContext extends ContractContext {
  /** A second handle on the same backing data (or the same store when there is none). */
  peerOf(store: SessionStore): Promise<SessionStore>;
}

export function describeLeaseContract({ clock, test, peerOf }: LeaseContext): void {
  test('a lease has one holder; its owner renews it; another takes it once expired or released', async (store) => {
    const peer = await peerOf(store);
    expect(await store.lease('daily:C1:2026-11-25', 'a', 60_000)).toBe(true);
    expect(await peer.lease('daily:C1:2026-11-25', 'b', 60_000)).toBe(false);
    expect(await store.lease('daily:C1:2026-11-25', 'a', 60_000)).toBe(true);
    expect(await peer.lease('other', 'b', 60_000)).toBe(true);
    clock.now += 59_000;
    expect(await peer.lease('daily:C1:2026-11-25', 'b', 60_000)).toBe(false);
    clock.now += 2_000;
    expect(await peer.lease('daily:C1:2026-11-25', 'b', 60_000)).toBe(true);
    expect(await store.lease('daily:C1:2026-11-25', 'a', 60_000)).toBe(false);
    await store.releaseLease('daily:C1:2026-11-25', 'a'); // not the holder: nothing happens
    expect(await store.lease('daily:C1:2026-11-25', 'a', 60_000)).toBe(false);
    await peer.releaseLease('daily:C1:2026-11-25', 'b');
    expect(await store.lease('daily:C1:2026-11-25', 'a', 60_000)).toBe(true);
  });

  test('racing replicas: exactly one of many takes a free lease', async (store) => {
    const peer = await peerOf(store);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? peer : store).lease('tick', `r${i}`, 30_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test('documents: put, overwrite, put-if-absent once, list in key order, per collection', async (store) => {
    const peer = await peerOf(store);
    expect(await store.getDoc('welcome', 'slack:T1:U1')).toBeUndefined();
    expect(await store.putDoc('welcome', 'slack:T1:U2', '{"at":2}')).toBe(true);
    expect(await store.putDoc('welcome', 'slack:T1:U1', '{"at":1}')).toBe(true);
    expect(await store.putDoc('welcome', 'slack:T1:U1', '{"at":3}')).toBe(true);
    expect(await peer.getDoc('welcome', 'slack:T1:U1')).toBe('{"at":3}');
    const once = await Promise.all(
      [store, peer, store, peer].map((s, i) => s.putDoc('answers:p1', 'u', String(i), { onlyIfAbsent: true })),
    );
    expect(once.filter(Boolean)).toHaveLength(1);
    expect(await store.listDocs('welcome')).toEqual([
      { key: 'slack:T1:U1', value: '{"at":3}' },
      { key: 'slack:T1:U2', value: '{"at":2}' },
    ]);
    expect(await store.listDocs('nothing')).toEqual([]);
    expect(await store.listDocs('answers:p1')).toHaveLength(1);
  });
}
