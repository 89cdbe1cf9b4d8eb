/**
 * Settings, one record per key. Reading always gives a full Settings object: a key never written
 * (or written by a buggy build) reads as its default, so the app never starts without settings.
 */
import { DEFAULT_LEAD_DAYS } from '../rules/reminders';
import { nowTimestamp } from '../clock/timestamp';
import { preferredLanguage } from '../i18n/preferred-language';
import type { SimKeeperDb } from './db';
import type { SettingKey, SettingRecord, Settings } from './types';
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

/** How far a clock may run ahead of ours before a time it wrote counts as "later than now". */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * True when `stamp` (a valid ISO timestamp) is more than a day of clock skew after `now`. A backup
 * time from the future would silence the backup reminder for ever (backup-due.ts counts days since
 * it) and a year-9999 one cannot even be drawn as a local date: neither may be stored or believed.
 */
export function laterThanNow(stamp: string, now: string = nowTimestamp()): boolean {
  return Date.parse(stamp) > Date.parse(now) + CLOCK_SKEW_MS;
}

export async function getSettings(db: SimKeeperDb, now: string = nowTimestamp()): Promise<Settings> {
  return settingsFrom(await db.settings.toArray(), now);
}

/** The settings the stored records say (home's first read, first-look.ts, reads them without Dexie). */
export function settingsFrom(records: readonly SettingRecord[], now: string = nowTimestamp()): Settings {
  const settings = defaultSettings();
  for (const { key, value } of records) {
    if (!isSettingKey(key)) continue;
    try {
      const clean = validateSetting(key, value);
      // A last backup "in the future" (written by an older build from a hostile file, or by a
      // phone whose clock was wrong) reads as no backup: the reminder asks for a real one.
      if (key === 'lastBackupAt' && typeof clean === 'string' && laterThanNow(clean, now)) continue;
      (settings as unknown as Record<SettingKey, unknown>)[key] = clean;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // A stored value that no longer validates falls back to the default rather than break the app.
    }
  }
  return settings;
}

/**
 * The settings as the user meets them: until they pick a language, the browser's own decides (a
 * phone set to Hindi opens in Hindi, and its reminders ring in Hindi). Pages and workers alike pass
 * `navigator.languages` (a service worker has them too).
 */
export function asShown(stored: Settings, languageChosen: boolean, browserLanguages: readonly string[]): Settings {
  return languageChosen ? stored : { ...stored, language: preferredLanguage(browserLanguages) };
}

/** asShown, read from the store. */
export async function settingsAsShown(db: SimKeeperDb, browserLanguages: readonly string[]): Promise<Settings> {
  const [stored, language] = await Promise.all([getSettings(db), db.settings.get('language')]);
  return asShown(stored, language !== undefined, browserLanguages);
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
