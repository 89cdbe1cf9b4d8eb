/**
 * What the PWA and the extension exchange to hold the same data, as two functions: the store's
 * records as a snapshot, and a snapshot merged into the store. Everything else of the sync (the
 * messages, the checks, the status) is written against these two.
 *
 * They stand on the store's own sync (shared/db/sync.ts): every SIM and event with its updatedAt
 * and tombstone, merged last-writer-wins per id (shared/db/merge.ts), so a deletion on one side
 * reaches the other and an older copy never undoes a newer edit. Reminder states and settings
 * (language, theme, lead days, last backup) stay each device's own: a sync is not a backup.
 */
import { applySync, syncSnapshot, type SyncSnapshot as StoreSnapshot } from '../db/sync';
import type { SimKeeperDb } from '../db/index';
import type { IsoDate } from '../rules/dates';

/** The records both apps hold of the user's SIMs: every SIM and event, tombstones included. */
export type SyncSnapshot = StoreSnapshot;

/** What a merge changed, so a side knows whether to show the new data. */
export interface SyncResult {
  changed: number;
}

export async function snapshotForSync(db: SimKeeperDb): Promise<SyncSnapshot> {
  return syncSnapshot(db);
}

/** Merges a snapshot: every record validated first, then written in one transaction (all or nothing). */
export async function applySnapshot(db: SimKeeperDb, snapshot: SyncSnapshot, today: IsoDate): Promise<SyncResult> {
  const report = await applySync(db, snapshot, today);
  const changed = [report.sims, report.events].reduce((sum, counts) => sum + counts.added + counts.updated, 0);
  return { changed };
}
