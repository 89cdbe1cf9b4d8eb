import { describe, expect, it } from 'vitest';
import { backupDue } from '../../../shared/reminders/backup-due';

describe('backupDue', () => {
  it('says nothing without SIMs, or with the reminder turned off', () => {
    expect(backupDue({ backupReminder: true, lastBackupAt: null }, 0, '2026-06-01')).toBe(null);
    expect(backupDue({ backupReminder: false, lastBackupAt: null }, 1, '2026-06-01')).toBe(null);
  });

  it('asks for a first backup as soon as there is a SIM to lose', () => {
    expect(backupDue({ backupReminder: true, lastBackupAt: null }, 1, '2026-01-20')).toEqual({ days: null });
  });

  it('asks for another backup 30 days after the last one', () => {
    expect(backupDue({ backupReminder: true, lastBackupAt: '2026-03-01T10:00:00.000Z' }, 1, '2026-03-30')).toBe(null);
    expect(backupDue({ backupReminder: true, lastBackupAt: '2026-03-01T10:00:00.000Z' }, 1, '2026-03-31')).toEqual({ days: 30 });
  });
});
