/**
 * What the PWA and the extension exchange to hold the same data, as two functions: the store's
 * records as a snapshot, and a snapshot merged into the store. Everything else of the sync (the
 * messages, the checks, the status) is written against these two, so the real merge of the core
 * issue (ids, updatedAt, tombstones: syncSnapshot / applySync in shared/db) replaces this file's
 * bodies alone.
 *
 * For now they ride on the backup's export and import (shared/db/backup.ts): validated record by
 * record, merged by id, all or nothing, nothing doubled. Two limits until the real merge arrives:
 * the incoming version of a record wins, and a deletion on one side does not reach the other.
 */
import { applyImport, BACKUP_FORMAT, BACKUP_VERSION, exportBackup, type Backup } from '../db/backup';
import type { SimKeeperDb } from '../db/index';
import type { IsoDate } from '../rules/dates';
import { nowTimestamp } from '../clock/timestamp';

/** The records both apps hold of the user's SIMs. Settings stay on each device (language, theme, lead days). */
export type SyncSnapshot = Pick<Backup, 'sims' | 'events' | 'reminders'>;

/** What a merge changed, so a side knows whether to show the new data. */
export interface SyncResult {
  changed: number;
}

export async function snapshotForSync(db: SimKeeperDb): Promise<SyncSnapshot> {
  const { sims, events, reminders } = await exportBackup(db);
  return { sims, events, reminders };
}

/**
 * Merges a snapshot: every record validated first, then written in one transaction. An import
 * records the time as the last backup; a sync is not a backup, so the device's own value is kept.
 */
export async function applySnapshot(db: SimKeeperDb, snapshot: SyncSnapshot, today: IsoDate): Promise<SyncResult> {
  const file: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: nowTimestamp(), ...snapshot, settings: [] };
  return db.transaction('rw', db.sims, db.events, db.reminders, db.settings, async () => {
    const lastBackup = await db.settings.get('lastBackupAt');
    const counts = await applyImport(db, file, today);
    if (lastBackup) await db.settings.put(lastBackup);
    else await db.settings.delete('lastBackupAt');
    const changed = [counts.sims, counts.events, counts.reminders].reduce((sum, c) => sum + c.added + c.updated, 0);
    return { changed };
  });
}
