/**
 * Backup: the whole store as one JSON file, and import of such a file by merging on ids.
 * Records are written exactly as stored (money in paise); see BACKUP-FORMAT.md.
 *
 * Import is all-or-nothing: the whole file is validated first, then checked against the store and
 * written in one transaction, so a bad record anywhere means nothing is written. Records already
 * present and equal are left alone, which makes a second import of the same file change nothing.
 */
import type { IsoDate } from '../rules/dates';
import { sameRecord } from './canonical';
import { nowTimestamp } from '../clock/timestamp';
import type { SimKeeperDb } from './db';
import { asObject, list, oneOf, timestamp } from './fields';
import { announce } from './store-channel';
import { mergeIntoStore, storedRecords, syncSnapshot, type MergeCounts } from './sync';
import { validateStoredEvent, validateStoredSim } from './sync-fields';
import type { EventRecord, ReminderStateRecord, SettingRecord, SimRecord } from './types';
import { SETTING_KEYS, validateReminderState, validateSetting } from './validate';
import { ValidationError, underPath } from './validation-error';

export const BACKUP_FORMAT = 'sim-keeper-backup';
/** 2: SIMs and events carry updatedAt and tombstones (schema v3). Version 1 files are still read. */
export const BACKUP_VERSION = 2;
export const BACKUP_VERSIONS_READ = [1, 2] as const;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO timestamp of the export. */
  exportedAt: string;
  sims: SimRecord[];
  events: EventRecord[];
  reminders: ReminderStateRecord[];
  settings: SettingRecord[];
}

/** Everything in the store, tombstones included, read in one transaction so the snapshot is consistent. */
export async function exportBackup(db: SimKeeperDb): Promise<Backup> {
  return db.transaction('r', db.sims, db.eventMonths, db.reminders, db.settings, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowTimestamp(),
    // In a readable order (as added; by date): people open backups to see what is in them.
    ...(await syncSnapshot(db)),
    reminders: await db.reminders.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/** The file's text: indented, because people open backups to see what is in them. */
export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n';
}

// ---- Reading a file ------------------------------------------------------------------------

function parseJson(json: unknown): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json);
  } catch {
    throw new ValidationError('file', 'not_json');
  }
}

/** The settings list: each under its path, a key given twice refused. */
function settingRecords(value: unknown): SettingRecord[] {
  const seen = new Set<string>();
  return list(value, 'settings').map((item, index) => {
    const record = underPath(`settings[${index}]`, () => setting(item));
    if (seen.has(record.key)) throw new ValidationError(`settings[${index}].key`, 'duplicate_id', { id: record.key });
    seen.add(record.key);
    return record;
  });
}

function setting(item: unknown): SettingRecord {
  const fields = asObject(item, '');
  const key = oneOf(fields.key, SETTING_KEYS, 'key');
  try {
    return { key, value: validateSetting(key, fields.value) };
  } catch (error) {
    // validateSetting names the key ('leadDays[1]'); in a file the field is 'value' ('value[1]').
    if (error instanceof ValidationError) throw error.at(`value${error.field.slice(key.length)}`);
    throw error;
  }
}

/** The file's version, if this app reads it. */
function checkHeader(file: Record<string, unknown>): 1 | 2 {
  if (file.format !== BACKUP_FORMAT) throw new ValidationError('format', 'not_backup', { format: BACKUP_FORMAT });
  if (typeof file.version === 'number' && file.version > BACKUP_VERSION) {
    throw new ValidationError('version', 'newer_backup', { version: file.version });
  }
  if (file.version !== 1 && file.version !== 2) throw new ValidationError('version', 'unsupported_version', { version: BACKUP_VERSIONS_READ.join(' or ') });
  timestamp(file.exportedAt, 'exportedAt');
  return file.version;
}

/**
 * A backup file checked record by record (pure: the store is not consulted), in the current
 * version's shape: a version 1 file's events get the updatedAt the v2 -> v3 upgrade gives.
 */
export function parseBackup(json: unknown, today: IsoDate): Backup {
  const file = asObject(parseJson(json), 'file');
  const legacy = checkHeader(file) === 1;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: file.exportedAt as string,
    sims: storedRecords(file.sims, 'sims', (item) => validateStoredSim(item, today)),
    events: storedRecords(file.events, 'events', (item) => validateStoredEvent(item, today, legacy)),
    reminders: storedRecords(file.reminders, 'reminders', validateReminderState),
    settings: withBackupTime(settingRecords(file.settings), file.exportedAt as string),
  };
}

/**
 * The file is itself a backup made at `exportedAt`: once it is restored, the device has a backup
 * that recent, so the monthly backup reminder should not call it "never backed up".
 */
function withBackupTime(settings: SettingRecord[], exportedAt: string): SettingRecord[] {
  const stated = settings.find((record) => record.key === 'lastBackupAt')?.value;
  if (typeof stated === 'string' && stated >= exportedAt) return settings;
  return [...settings.filter((record) => record.key !== 'lastBackupAt'), { key: 'lastBackupAt', value: exportedAt }];
}

// ---- Merging into the store ----------------------------------------------------------------

export type { MergeCounts };

export interface ImportPreview {
  sims: MergeCounts;
  events: MergeCounts;
  reminders: MergeCounts;
  settings: MergeCounts;
}

/** Sorts incoming reminder states and settings into added / updated / unchanged: the file's version wins. */
function merge<T>(incoming: T[], existing: Map<string, T>, keyOf: (record: T) => string): { counts: MergeCounts; writes: T[] } {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  for (const record of incoming) {
    const stored = existing.get(keyOf(record));
    if (stored === undefined) counts.added++;
    else if (sameRecord(stored, record)) { counts.unchanged++; continue; } else counts.updated++;
    writes.push(record);
  }
  return { counts, writes };
}

async function byKey<T>(rows: Promise<T[]>, keyOf: (record: T) => string): Promise<Map<string, T>> {
  return new Map((await rows).map((row) => [keyOf(row), row]));
}

/** A reminder with a non-empty simId must belong to a SIM in the file or already in the store. */
async function checkReminderOwners(db: SimKeeperDb, backup: Backup): Promise<void> {
  const known = new Set([...backup.sims.map((sim) => sim.id), ...(await db.sims.toCollection().primaryKeys())]);
  backup.reminders.forEach((reminder, index) => {
    if (reminder.simId !== '' && !known.has(reminder.simId)) {
      throw new ValidationError(`reminders[${index}].simId`, 'no_such_sim');
    }
  });
}

/**
 * Compares (and with `write`, merges) a parsed backup with the store. SIMs and events merge as a
 * sync does (merge.ts: the newer copy wins, tombstones included); reminder states and settings,
 * which carry no updatedAt, take the file's version. Call inside a transaction over every table.
 */
async function importInto(db: SimKeeperDb, backup: Backup, today: IsoDate, write: boolean): Promise<ImportPreview> {
  await checkReminderOwners(db, backup);
  const { sims, events } = await mergeIntoStore(db, backup, today, write);
  const reminders = merge(backup.reminders, await byKey(db.reminders.toArray(), (r) => r.id), (r) => r.id);
  const settings = merge(backup.settings, await byKey(db.settings.toArray(), (s) => s.key), (s) => s.key);
  if (write) {
    await db.reminders.bulkPut(reminders.writes);
    await db.settings.bulkPut(settings.writes);
  }
  return { sims, events, reminders: reminders.counts, settings: settings.counts };
}

/**
 * The file last previewed, as parsed and checked: Restore (applyImport) of the same file on the same
 * day takes it as it is, so a 100,000-event file is parsed and checked once, not once for the
 * preview and again to apply (issue 11: half of a restore's time). Parsing is pure (the store is
 * not consulted), so the result cannot have gone stale; the store is compared again on apply.
 * One file at a time: a new preview replaces it, and applying it lets it go.
 */
let previewed: { json: unknown; today: IsoDate; backup: Backup } | null = null;

/** The file parsed, from the preview when it is the file previewed (the same text: usually the same string, compared in O(1)). */
function parsedOnce(json: unknown, today: IsoDate): Backup {
  const last = previewed;
  previewed = null;
  if (last && last.today === today && last.json === json) return last.backup;
  return parseBackup(json, today);
}

/** What importing the file would do, without writing. Throws ValidationError naming the path. */
export async function previewImport(db: SimKeeperDb, json: unknown, today: IsoDate): Promise<ImportPreview> {
  previewed = null;
  const backup = parseBackup(json, today);
  previewed = { json, today, backup };
  return db.transaction('r', [...db.eventTables, db.reminders, db.settings], async () => importInto(db, backup, today, false));
}

/**
 * Imports the file: everything is validated before anything is written, then all writes happen
 * in one transaction. SIMs and events merge by id, the newer copy winning (a deletion stays
 * deleted); reminder states and settings take the file's version; records not in the file are
 * kept. Returns what it did, counted like previewImport.
 */
export async function applyImport(db: SimKeeperDb, json: unknown, today: IsoDate): Promise<ImportPreview> {
  const backup = parsedOnce(json, today);
  // Other tabs' writes wait for this transaction: they say so meanwhile (store-channel.ts).
  announce(db.name, { kind: 'restoring', running: true });
  try {
    return await db.transaction('rw', [...db.eventTables, db.reminders, db.settings], async () => importInto(db, backup, today, true));
  } finally {
    announce(db.name, { kind: 'restoring', running: false });
  }
}
