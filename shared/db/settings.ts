/**
 * Settings, one record per key. Reading always gives a full Settings object: a key never written
 * (or written by a buggy build) reads as its default, so the app never starts without settings.
 */
import { DEFAULT_LEAD_DAYS } from '../rules/reminders';
import type { SimKeeperDb } from './db';
import type { SettingKey, Settings } from './types';
import { isSettingKey, validateSetting } from './validate';
import { ValidationError } from './validation-error';

export function defaultSettings(): Settings {
  return {
    language: 'en',
    theme: 'system',
    leadDays: [...DEFAULT_LEAD_DAYS],
    backupReminder: true,
    lastBackupAt: null,
    onboarded: false,
  };
}

export async function getSettings(db: SimKeeperDb): Promise<Settings> {
  const settings = defaultSettings();
  for (const { key, value } of await db.settings.toArray()) {
    if (!isSettingKey(key)) continue;
    try {
      (settings as unknown as Record<SettingKey, unknown>)[key] = validateSetting(key, value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // A stored value that no longer validates falls back to the default rather than break the app.
    }
  }
  return settings;
}

export async function getSetting<K extends SettingKey>(db: SimKeeperDb, key: K): Promise<Settings[K]> {
  return (await getSettings(db))[key];
}

/** Validates and stores one setting; returns the value as stored (lead days are sorted, deduplicated). */
export async function setSetting<K extends SettingKey>(db: SimKeeperDb, key: K, value: Settings[K]): Promise<Settings[K]> {
  const clean = validateSetting(key, value);
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key, value: clean });
  });
  return clean;
}
