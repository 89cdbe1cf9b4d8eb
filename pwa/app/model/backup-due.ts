/**
 * Whether to suggest a backup on the home screen: monthly, once there is something worth keeping.
 * Timestamps are instants; a day early or late does not matter here, so their UTC date is used.
 */
import type { Settings, SimRecord } from '../../../shared/db';
import { daysBetween, type IsoDate } from '../../../shared/rules/dates';

export const BACKUP_EVERY_DAYS = 30;

/** null: no nudge. Otherwise the days since the last backup (null days: never backed up). */
export function backupNudge(settings: Pick<Settings, 'backupReminder' | 'lastBackupAt'>, sims: readonly Pick<SimRecord, 'createdAt'>[], today: IsoDate): { days: number | null } | null {
  if (!settings.backupReminder || sims.length === 0) return null;
  if (settings.lastBackupAt === null) {
    const oldest = sims.map((sim) => sim.createdAt.slice(0, 10)).sort()[0]!;
    return daysBetween(oldest, today) >= BACKUP_EVERY_DAYS ? { days: null } : null;
  }
  const days = daysBetween(settings.lastBackupAt.slice(0, 10), today);
  return days >= BACKUP_EVERY_DAYS ? { days } : null;
}
