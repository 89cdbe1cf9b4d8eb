import { describe, expect, it } from 'vitest';
import { backupNudge } from '../../../pwa/app/model/backup-due';

const sims = [{ createdAt: '2026-01-01T08:00:00.000Z' }];

describe('backupNudge', () => {
  it('says nothing without SIMs, or with the reminder turned off', () => {
    expect(backupNudge({ backupReminder: true, lastBackupAt: null }, [], '2026-06-01')).toBe(null);
    expect(backupNudge({ backupReminder: false, lastBackupAt: null }, sims, '2026-06-01')).toBe(null);
  });

  it('suggests a first backup a month after the first SIM was added', () => {
    expect(backupNudge({ backupReminder: true, lastBackupAt: null }, sims, '2026-01-20')).toBe(null);
    expect(backupNudge({ backupReminder: true, lastBackupAt: null }, sims, '2026-02-01')).toEqual({ days: null });
  });

  it('suggests another backup 30 days after the last one', () => {
    expect(backupNudge({ backupReminder: true, lastBackupAt: '2026-03-01T10:00:00.000Z' }, sims, '2026-03-30')).toBe(null);
    expect(backupNudge({ backupReminder: true, lastBackupAt: '2026-03-01T10:00:00.000Z' }, sims, '2026-03-31')).toEqual({ days: 30 });
  });
});
