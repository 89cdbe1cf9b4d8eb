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
import { allEvents } from './events';
import { listSims } from './sims';
import { asObject, list, oneOf, timestamp } from './fields';
import type { EventRecord, ReminderStateRecord, SettingRecord, SimRecord } from './types';
import {
  SETTING_KEYS, validateEventRecord, validateReminderState, validateSetting, validateSimRecord,
} from './validate';
import { ValidationError, underPath } from './validation-error';

export const BACKUP_FORMAT = 'sim-keeper-backup';
export const BACKUP_VERSION = 1;

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

/** Everything in the store, read in one transaction so the snapshot is consistent. */
export async function exportBackup(db: SimKeeperDb): Promise<Backup> {
  return db.transaction('r', db.sims, db.events, db.reminders, db.settings, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowTimestamp(),
    // In a readable order (as added; by date): people open backups to see what is in them.
    sims: await listSims(db),
    events: await allEvents(db),
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

/** Validates each item under its path ('events[12]'), and refuses an id given twice. */
function records<T>(value: unknown, field: string, check: (item: unknown) => T, idOf: (record: T) => string): T[] {
  const seen = new Set<string>();
  return list(value, field).map((item, index) => {
    const record = underPath(`${field}[${index}]`, () => check(item));
    const id = idOf(record);
    if (seen.has(id)) throw new ValidationError(`${field}[${index}].${field === 'settings' ? 'key' : 'id'}`, 'duplicate_id', { id });
    seen.add(id);
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

function checkHeader(file: Record<string, unknown>): void {
  if (file.format !== BACKUP_FORMAT) throw new ValidationError('format', 'not_backup', { format: BACKUP_FORMAT });
  if (typeof file.version === 'number' && file.version > BACKUP_VERSION) {
    throw new ValidationError('version', 'newer_backup', { version: file.version });
  }
  if (file.version !== BACKUP_VERSION) throw new ValidationError('version', 'unsupported_version', { version: BACKUP_VERSION });
  timestamp(file.exportedAt, 'exportedAt');
}

/** A backup file checked record by record (pure: the store is not consulted). */
export function parseBackup(json: unknown, today: IsoDate): Backup {
  const file = asObject(parseJson(json), 'file');
  checkHeader(file);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: file.exportedAt as string,
    sims: records(file.sims, 'sims', (item) => validateSimRecord(item, today), (sim) => sim.id),
    events: records(file.events, 'events', (item) => validateEventRecord(item, today), (event) => event.id),
    reminders: records(file.reminders, 'reminders', validateReminderState, (reminder) => reminder.id),
    settings: withBackupTime(records(file.settings, 'settings', setting, (record) => record.key), file.exportedAt as string),
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

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportPreview {
  sims: MergeCounts;
  events: MergeCounts;
  reminders: MergeCounts;
  settings: MergeCounts;
}

interface Merge<T> {
  counts: MergeCounts;
  /** The added and updated records: what an import writes. */
  writes: T[];
}

interface ImportPlan {
  sims: Merge<SimRecord>;
  events: Merge<EventRecord>;
  reminders: Merge<ReminderStateRecord>;
  settings: Merge<SettingRecord>;
}

/** Sorts incoming records into added / updated / unchanged against what the store holds. */
function merge<T>(incoming: T[], existing: Map<string, T>, keyOf: (record: T) => string): Merge<T> {
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

/** Every event and reminder must belong to a SIM in the file or already in the store. */
function checkOwners(backup: Backup, storedSimIds: Set<string>): void {
  const fileSimIds = new Set(backup.sims.map((sim) => sim.id));
  const known = (simId: string): boolean => storedSimIds.has(simId) || fileSimIds.has(simId);
  backup.events.forEach((event, index) => {
    if (!known(event.simId)) throw new ValidationError(`events[${index}].simId`, 'no_such_sim');
  });
  backup.reminders.forEach((reminder, index) => {
    if (reminder.simId !== '' && !known(reminder.simId)) {
      throw new ValidationError(`reminders[${index}].simId`, 'no_such_sim');
    }
  });
}

/** Compares a parsed backup with the store. Call inside a transaction over all four tables. */
async function planImport(db: SimKeeperDb, backup: Backup): Promise<ImportPlan> {
  const sims = await byKey(db.sims.toArray(), (sim) => sim.id);
  checkOwners(backup, new Set(sims.keys()));
  return {
    sims: merge(backup.sims, sims, (sim) => sim.id),
    events: merge(backup.events, await byKey(db.events.toArray(), (e) => e.id), (e) => e.id),
    reminders: merge(backup.reminders, await byKey(db.reminders.toArray(), (r) => r.id), (r) => r.id),
    settings: merge(backup.settings, await byKey(db.settings.toArray(), (s) => s.key), (s) => s.key),
  };
}

function countsOf(plan: ImportPlan): ImportPreview {
  return {
    sims: plan.sims.counts, events: plan.events.counts, reminders: plan.reminders.counts, settings: plan.settings.counts,
  };
}

/** What importing the file would do, without writing. Throws ValidationError naming the path. */
export async function previewImport(db: SimKeeperDb, json: unknown, today: IsoDate): Promise<ImportPreview> {
  const backup = parseBackup(json, today);
  return db.transaction('r', db.sims, db.events, db.reminders, db.settings, async () => countsOf(await planImport(db, backup)));
}

/**
 * Imports the file: everything is validated before anything is written, then all writes happen
 * in one transaction. Merges by id (settings by key); the file's version of a record wins;
 * records not in the file are kept. Returns what it did, counted like previewImport.
 */
export async function applyImport(db: SimKeeperDb, json: unknown, today: IsoDate): Promise<ImportPreview> {
  const backup = parseBackup(json, today);
  return db.transaction('rw', db.sims, db.events, db.reminders, db.settings, async () => {
    const plan = await planImport(db, backup);
    await db.sims.bulkPut(plan.sims.writes);
    await db.events.bulkPut(plan.events.writes);
    await db.reminders.bulkPut(plan.reminders.writes);
    await db.settings.bulkPut(plan.settings.writes);
    return countsOf(plan);
  });
}
