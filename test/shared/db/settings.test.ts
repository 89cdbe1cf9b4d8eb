import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings, getSetting, getSettings, setSetting } from '../../../shared/db/settings';
import { ValidationError } from '../../../shared/db/validation-error';
import { errorOf, freshDb } from './helpers';

describe('settings', () => {
  it('reads the defaults from an empty store', async () => {
    expect(await getSettings(freshDb())).toEqual({
      language: 'en', theme: 'system', leadDays: [14, 7, 3, 1, 0], backupReminder: true, lastBackupAt: null, onboarded: false,
    });
  });

  it('stores a setting and reads it back', async () => {
    const db = freshDb();
    await setSetting(db, 'language', 'hi');
    await setSetting(db, 'lastBackupAt', '2026-03-15T08:00:00.000Z');
    expect(await getSetting(db, 'language')).toBe('hi');
    expect(await getSettings(db)).toMatchObject({ language: 'hi', lastBackupAt: '2026-03-15T08:00:00.000Z', theme: 'system' });
  });

  it('stores lead days sorted and without repeats', async () => {
    const db = freshDb();
    expect(await setSetting(db, 'leadDays', [1, 30, 1])).toEqual([30, 1]);
    expect(await getSetting(db, 'leadDays')).toEqual([30, 1]);
  });

  it('refuses an invalid value and keeps the old one', async () => {
    const db = freshDb();
    await setSetting(db, 'theme', 'dark');
    const error = await errorOf(() => setSetting(db, 'theme', 'neon' as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('theme');
    expect(await getSetting(db, 'theme')).toBe('dark');
  });

  it('reads a last backup later than now (a hostile file restored by an older build) as no backup, so the reminder asks again', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'lastBackupAt', value: '9999-12-31T23:59:59.999Z' });
    expect(await getSetting(db, 'lastBackupAt')).toBeNull();
    await db.settings.put({ key: 'lastBackupAt', value: '2026-03-16T09:00:00.000Z' });
    // Within a day of clock skew it is believed.
    expect((await getSettings(db, '2026-03-15T10:00:00.000Z')).lastBackupAt).toBe('2026-03-16T09:00:00.000Z');
    expect((await getSettings(db, '2026-03-14T08:00:00.000Z')).lastBackupAt).toBeNull();
  });

  it('reads a corrupt stored value as the default instead of failing', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'leadDays', value: 'often' });
    await db.settings.put({ key: 'somethingOld', value: 1 });
    expect(await getSettings(db)).toEqual(defaultSettings());
  });

  it('gives each caller its own copy of the default lead days', async () => {
    const first = defaultSettings();
    first.leadDays.push(99);
    expect(defaultSettings().leadDays).toEqual([14, 7, 3, 1, 0]);
  });
});
