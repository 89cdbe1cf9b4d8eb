/**
 * When to ask for a backup: the one rule behind home's nudge and the monthly notification in
 * both apps. Everything lives on the device alone, so a lost phone loses it all unless a backup
 * file exists somewhere else.
 *
 * Due when the setting is on, there is data to lose, and there never was a backup or the last one
 * is 30 days old. Timestamps are instants; their UTC date is used, a day off at most, which a
 * monthly nudge can bear.
 */
import { daysBetween, type IsoDate } from '../rules/dates';

export const BACKUP_INTERVAL_DAYS = 30;

export interface BackupSettings {
  backupReminder: boolean;
  /** ISO timestamp of the last backup export, or null if never. */
  lastBackupAt: string | null;
}

/** null: no backup is due. Otherwise the days since the last backup (null days: never backed up). */
export function backupDue(settings: BackupSettings, simCount: number, today: IsoDate): { days: number | null } | null {
  if (!settings.backupReminder || simCount === 0) return null;
  if (settings.lastBackupAt === null) return { days: null };
  const days = daysBetween(settings.lastBackupAt.slice(0, 10), today);
  return days >= BACKUP_INTERVAL_DAYS ? { days } : null;
}
