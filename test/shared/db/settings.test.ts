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
