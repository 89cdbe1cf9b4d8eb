/**
 * The checks of the fields merges need (updatedAt, the tombstone flag) on a whole stored SIM or
 * event, as it arrives in a backup file or a sync snapshot. The record's own fields are checked
 * by validate.ts, exactly as a manual entry.
 */
import type { IsoDate } from '../rules/dates';
import { asObject, timestamp, withoutUndefined, type Fields } from './fields';
import { legacyUpdatedAt } from './legacy-updated-at';
import type { EventRecord, SimRecord, SyncFields } from './types';
import { validateEventRecord, validateSimRecord } from './validate';
import { ValidationError } from './validation-error';

function syncFields(fields: Fields, legacyStamp: string | undefined): SyncFields {
  if (fields.deleted !== undefined && fields.deleted !== true) throw new ValidationError('deleted', 'not_one_of', { allowed: 'true' });
  return withoutUndefined({
    updatedAt: fields.updatedAt === undefined && legacyStamp !== undefined ? legacyStamp : timestamp(fields.updatedAt, 'updatedAt'),
    deleted: fields.deleted === true ? (true as const) : undefined,
  });
}

/** A stored SIM, tombstone or not. */
export function validateStoredSim(value: unknown, today: IsoDate): SimRecord {
  const fields = asObject(value, '');
  return withoutUndefined({ ...validateSimRecord(fields, today), ...syncFields(fields, undefined) });
}

/**
 * A stored event, tombstone or not. `legacy`: it comes from before version 3 (a version 1 backup),
 * which had no updatedAt: it gets the stamp the v2 -> v3 upgrade gives (legacy-updated-at.ts).
 */
export function validateStoredEvent(value: unknown, today: IsoDate, legacy = false): EventRecord {
  const fields = asObject(value, '');
  const content = validateEventRecord(fields, today);
  return withoutUndefined({ ...content, ...syncFields(fields, legacy ? legacyUpdatedAt(content) : undefined) });
}
