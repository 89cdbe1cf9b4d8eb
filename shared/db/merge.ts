/**
 * Merging two copies of the store (two devices, a device and a backup, the PWA and the extension).
 * Pure: records in, records out. SIMs and events merge the same way, record by record:
 *
 * **The rule: last writer wins, per id.** Of two copies of a record with the same id, the one with
 * the later `updatedAt` wins. A deletion is a change like any other (a tombstone with its own
 * updatedAt), so a deletion beats every older copy and is not undone by merging one; an edit made
 * after the deletion brings the record back, as it would on the device that made it.
 * **Ties** (same updatedAt, different content: two devices in the same millisecond, or two upgrades
 * of the same v2 event edited apart) settle without looking at who merges whom: a tombstone wins,
 * then the copy whose canonical JSON sorts last. So merge(A, B) = merge(B, A), merge(A, A) = A, and
 * merging in any order and grouping gives the same store.
 *
 * A record only one side has is kept. Same-date order needs no merging: events order by
 * (date, seq, id), which every copy of an event carries (types.ts: seq).
 */
import { canonicalJson } from './canonical';
import { compareEvents } from './event-sort';
import { compareSims } from './sims-order';
import type { EventRecord, SimRecord, SyncFields } from './types';

/** Everything two stores exchange to merge: every SIM and event, tombstones included. */
export interface SyncRecords {
  sims: SimRecord[];
  events: EventRecord[];
}

/** Which of two copies of one record wins (see the rule above). */
export function winnerOf<T extends SyncFields>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (Boolean(a.deleted) !== Boolean(b.deleted)) return a.deleted ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** One record per id, the winner of all copies. */
export function mergeById<T extends SyncFields & { id: string }>(...lists: (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const record of list) {
      const other = byId.get(record.id);
      byId.set(record.id, other ? winnerOf(other, record) : record);
    }
  }
  return [...byId.values()];
}

/** The merge of two stores, in a canonical order (SIMs as added, events in apply order). */
export function mergeRecords(a: SyncRecords, b: SyncRecords): SyncRecords {
  return {
    sims: mergeById(a.sims, b.sims).sort(compareSims),
    events: mergeById(a.events, b.events).sort(compareEvents),
  };
}
