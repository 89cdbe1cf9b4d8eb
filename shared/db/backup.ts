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
import { laterThanNow } from './settings';
import { ValidationError, underPath } from './validation-error';
import { liveEvents } from './summaries';

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

/**
 * The largest file read: 50 MB. The 100,000-event benchmark backup (20 SIMs x 5,000 events) is
 * 29 MB, so this leaves room for years of real use, and it turns away a hostile or wrong file
 * before the browser spends seconds parsing it and the memory of a phone holding it.
 */
export const MAX_BACKUP_MB = 50;
export const MAX_BACKUP_BYTES = MAX_BACKUP_MB * 1024 * 1024;

/** Refuses a file larger than any backup, by its size alone: call it before reading the file. */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES) throw new ValidationError('file', 'file_too_large', { max: MAX_BACKUP_MB });
}

function parseJson(json: unknown): unknown {
  if (typeof json !== 'string') {
    refuseHostileKeys(json);
    return json;
  }
  // A character is at least a byte in UTF-8: a text longer than the cap came from a larger file.
  checkBackupSize(json.length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ValidationError('file', 'not_json');
  }
  // The walk costs a pass over every value: only a text that could spell such a key pays it
  // (a key can be written with \u escapes, so any escape counts as "could").
  if (/proto|constructor|\\u/.test(json)) refuseHostileKeys(parsed);
  return parsed;
}

/** Keys that reach an object's prototype machinery: never in a backup SIM Keeper writes. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses a file with a __proto__, constructor or prototype key anywhere, naming its path. The
 * checks copy only the fields they know, so such a key would be dropped anyway; a file carrying
 * one was made to attack a parser, and saying so is clearer than restoring it quietly. The walk
 * keeps its own stack (a file nested 100,000 deep must not overflow the call stack) and each
 * entry points at its parent, so the path is spelled only for the key it reports.
 */
function refuseHostileKeys(root: unknown): void {
  interface Node { value: unknown; parent: Node | null; key: string | number }
  // 'sims[0].policy', from the node up to the root (whose key is '').
  const pathOf = (node: Node): string => {
    let path = '';
    for (let at: Node | null = node; at !== null && at.parent !== null; at = at.parent) {
      path = (typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`) + path;
    }
    return path.replace(/^\./, '');
  };
  const stack: Node[] = [{ value: root, parent: null, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], parent: node, key: index });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (HOSTILE_KEYS.has(key)) {
        const parent = pathOf(node);
        throw new ValidationError(parent ? `${parent}.${key}` : key, 'unknown_field', { of: 'SIM Keeper backup' });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key });
    }
  }
}

/** The settings list: each under its path, a key given twice refused. */
function settingRecords(value: unknown, now: string): SettingRecord[] {
  const seen = new Set<string>();
  return list(value, 'settings').map((item, index) => {
    const record = underPath(`settings[${index}]`, () => setting(item));
    if (seen.has(record.key)) throw new ValidationError(`settings[${index}].key`, 'duplicate_id', { id: record.key });
    if (record.key === 'lastBackupAt' && typeof record.value === 'string' && laterThanNow(record.value, now)) {
      throw new ValidationError(`settings[${index}].value`, 'exported_later');
    }
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
function checkHeader(file: Record<string, unknown>, now: string): 1 | 2 {
  if (file.format !== BACKUP_FORMAT) throw new ValidationError('format', 'not_backup', { format: BACKUP_FORMAT });
  if (typeof file.version === 'number' && file.version > BACKUP_VERSION) {
    throw new ValidationError('version', 'newer_backup', { version: file.version });
  }
  if (file.version !== 1 && file.version !== 2) throw new ValidationError('version', 'unsupported_version', { version: BACKUP_VERSIONS_READ.join(' or ') });
  if (laterThanNow(timestamp(file.exportedAt, 'exportedAt'), now)) throw new ValidationError('exportedAt', 'exported_later');
  return file.version;
}

/**
 * A backup file checked record by record (pure: the store is not consulted), in the current
 * version's shape: a version 1 file's events get the updatedAt the v2 -> v3 upgrade gives.
 */
export function parseBackup(json: unknown, today: IsoDate, now: string = nowTimestamp()): Backup {
  const file = asObject(parseJson(json), 'file');
  const legacy = checkHeader(file, now) === 1;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: file.exportedAt as string,
    sims: storedRecords(file.sims, 'sims', (item) => validateStoredSim(item, today)),
    events: storedRecords(file.events, 'events', (item) => validateStoredEvent(item, today, legacy)),
    reminders: storedRecords(file.reminders, 'reminders', validateReminderState),
    settings: withBackupTime(settingRecords(file.settings, now), file.exportedAt as string),
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

/** What applyImport did, and the live events of each SIM whose events it changed, as written. */
export interface ImportResult extends ImportPreview {
  /**
   * Per changed SIM, its live events in apply order, exactly as the restore's transaction left them:
   * the app shows them without reading 100,000 events back (issue 11: that read was a third of a restore).
   */
  eventsBySim: Map<string, EventRecord[]>;
}

/**
 * Compares (and with `write`, merges) a parsed backup with the store. SIMs and events merge as a
 * sync does (merge.ts: the newer copy wins, tombstones included); reminder states and settings,
 * which carry no updatedAt, take the file's version. Call inside a transaction over every table.
 */
async function importInto(db: SimKeeperDb, backup: Backup, today: IsoDate, write: boolean): Promise<ImportResult> {
  await checkReminderOwners(db, backup);
  const { sims, events, written } = await mergeIntoStore(db, backup, today, write);
  const reminders = merge(backup.reminders, await byKey(db.reminders.toArray(), (r) => r.id), (r) => r.id);
  const settings = merge(backup.settings, await byKey(db.settings.toArray(), (s) => s.key), (s) => s.key);
  if (write) {
    await db.reminders.bulkPut(reminders.writes);
    await db.settings.bulkPut(settings.writes);
  }
  const eventsBySim = new Map([...written].map(([simId, all]) => [simId, liveEvents(all)]));
  return { sims, events, reminders: reminders.counts, settings: settings.counts, eventsBySim };
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
  const { eventsBySim: _none, ...preview } = await db.transaction('r', [...db.eventTables, db.reminders, db.settings], async () => importInto(db, backup, today, false));
  return preview;
}

/**
 * Imports the file: everything is validated before anything is written, then all writes happen
 * in one transaction. SIMs and events merge by id, the newer copy winning (a deletion stays
 * deleted); reminder states and settings take the file's version; records not in the file are
 * kept. Returns what it did, counted like previewImport, and the changed SIMs' events as written.
 */
export async function applyImport(db: SimKeeperDb, json: unknown, today: IsoDate): Promise<ImportResult> {
  const backup = parsedOnce(json, today);
  // Other tabs' writes wait for this transaction: they say so meanwhile (store-channel.ts).
  announce(db.name, { kind: 'restoring', running: true });
  try {
    return await db.transaction('rw', [...db.eventTables, db.reminders, db.settings], async () => importInto(db, backup, today, true));
  } finally {
    announce(db.name, { kind: 'restoring', running: false });
  }
}
