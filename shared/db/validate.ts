/**
 * Validation before every write. Pure: `today` comes in as an argument, so the same input gives
 * the same answer on every device and in every test. Each validator returns a clean copy holding
 * only the fields its record type has, so stray fields (from an old backup, a form) never reach
 * the store.
 */
import type { IsoDate } from '../rules/dates';
import { isIsoDate } from '../rules/dates';
import type { Policy, SimEvent } from '../rules/types';
import { MAX_LEAD_DAYS } from '../validation/bounds';
import { checkEvent } from '../validation/event';
import { checkPolicy } from '../validation/policy';
import { isHexColour } from './colours';
import {
  asObject, boolean, date, list, nonEmptyId, oneOf, optional, pastDate, text, timestamp, wholeNumber,
  withoutUndefined,
} from './fields';
import { normaliseMobileNumber } from './phone-number';
import {
  CONNECTIONS, EVENT_SOURCES, OPERATORS, REMINDER_STATUSES,
  type EventContent, type EventSource, type ReminderStateRecord, type SettingKey, type Settings, type SimRecord,
} from './types';
import { ValidationError } from './validation-error';
import { collectErrors } from '../validation/collect-errors';

export const LABEL_MAX = 40;
export const CIRCLE_MAX = 40;
export const NOTE_MAX = 500;

function checkToday(today: IsoDate): void {
  // A bad `today` is a programming error, not bad input: fail loudly, not as a form message.
  if (!isIsoDate(today)) throw new TypeError(`today must be a date written YYYY-MM-DD, got ${String(today)}`);
}

// ---- SIMs ----------------------------------------------------------------------------------

export function validateNumber(value: unknown, field = 'number'): string {
  const number = normaliseMobileNumber(value);
  if (number === null) throw new ValidationError(field, 'not_phone_number');
  return number;
}

function validateColour(value: unknown, field = 'colour'): string {
  if (!isHexColour(value)) throw new ValidationError(field, 'not_colour');
  return value.toLowerCase();
}

/** The policy's shape and bounds, with the field named ('policy.graceDays'); regulatory breaches are not errors. */
export function validatePolicy(value: unknown, field = 'policy'): Policy {
  return checkPolicy(value, field, { unit: 'paise' });
}

/** What the user controls on a SIM. Colour is optional here: the store picks one when missing. */
export type SimFields = Omit<SimRecord, 'id' | 'createdAt' | 'updatedAt' | 'colour'> & { colour?: string };

export function validateSimInput(input: unknown, today: IsoDate): SimFields {
  checkToday(today);
  const fields = asObject(input, 'sim');
  // Every field's problem at once, in the form's order: a person fixes them all in one go.
  const errors = collectErrors();
  const sim = withoutUndefined({
    label: errors.check(() => text(fields.label, 'label', LABEL_MAX, true)),
    number: errors.check(() => validateNumber(fields.number)),
    operator: errors.check(() => oneOf(fields.operator, OPERATORS, 'operator')),
    circle: errors.check(() => (fields.circle === undefined ? '' : text(fields.circle, 'circle', CIRCLE_MAX, false))),
    connection: errors.check(() => oneOf(fields.connection, CONNECTIONS, 'connection')),
    since: errors.check(() => pastDate(fields.since, 'since', today)),
    policy: errors.check(() => validatePolicy(fields.policy)),
    colour: errors.check(() => optional(fields.colour, (v) => validateColour(v))),
  });
  errors.done();
  return sim;
}

/** A whole stored SIM, as it arrives in a backup file. */
export function validateSimRecord(value: unknown, today: IsoDate): SimRecord {
  const fields = asObject(value, '');
  const sim = validateSimInput(fields, today);
  return {
    id: nonEmptyId(fields.id, 'id'),
    ...sim,
    colour: validateColour(fields.colour),
    createdAt: timestamp(fields.createdAt, 'createdAt'),
    updatedAt: timestamp(fields.updatedAt, 'updatedAt'),
  };
}

// ---- Events --------------------------------------------------------------------------------

/** The event itself (type, date and the type's own fields), without the store's metadata. */
export function validateEvent(input: unknown, today: IsoDate): SimEvent {
  checkToday(today);
  return checkEvent(asObject(input, 'event'), today, 'paise');
}

export interface EventFields {
  event: SimEvent;
  simId: string;
  source: EventSource;
  note?: string;
}

/** An event as the UI hands it over: the event, its SIM, where it came from and a note. */
export function validateEventInput(input: unknown, today: IsoDate): EventFields {
  const fields = asObject(input, 'event');
  const note = optional(fields.note, (v) => text(v, 'note', NOTE_MAX, false));
  return withoutUndefined({
    event: validateEvent(fields, today),
    simId: nonEmptyId(fields.simId, 'simId'),
    source: fields.source === undefined ? 'manual' : oneOf(fields.source, EVENT_SOURCES, 'source'),
    // An emptied note is no note.
    note: note === '' ? undefined : note,
  });
}

/** Puts validated fields together in the stored shape. */
export function eventRecordOf(fields: EventFields, id: string, seq: number): EventContent {
  return withoutUndefined({ ...fields.event, id, simId: fields.simId, source: fields.source, seq, note: fields.note });
}

/** A whole stored event, as it arrives in a backup file. */
export function validateEventRecord(value: unknown, today: IsoDate): EventContent {
  const fields = asObject(value, '');
  const valid = validateEventInput(fields, today);
  oneOf(fields.source, EVENT_SOURCES, 'source');
  return eventRecordOf(valid, nonEmptyId(fields.id, 'id'), wholeNumber(fields.seq, 'seq', 0));
}

// ---- Reminder states -----------------------------------------------------------------------

export function validateReminderState(value: unknown): ReminderStateRecord {
  const fields = asObject(value, '');
  const status = oneOf(fields.status, REMINDER_STATUSES, 'status');
  // '' is an app-wide reminder (the backup reminder); anything else is a SIM's id.
  const simId = fields.simId === '' ? '' : nonEmptyId(fields.simId, 'simId');
  // A snooze without an end would hide the reminder for ever: that is what 'dismissed' is for.
  const until = status === 'snoozed' ? date(fields.until, 'until') : undefined;
  if (status !== 'snoozed' && fields.until !== undefined) {
    throw new ValidationError('until', 'until_without_snooze');
  }
  return withoutUndefined({
    id: nonEmptyId(fields.id, 'id'),
    simId,
    status,
    until,
    at: timestamp(fields.at, 'at'),
  });
}

// ---- Settings ------------------------------------------------------------------------------

const LANGUAGES = ['en', 'hi'] as const;
const THEMES = ['system', 'light', 'dark'] as const;

/** Lead days: whole days from 0 to a year, each once, largest first (the order reminders fall). */
function leadDays(value: unknown, field: string): number[] {
  const days = list(value, field).map((day, i) => wholeNumber(day, `${field}[${i}]`, 0, MAX_LEAD_DAYS));
  return [...new Set(days)].sort((a, b) => b - a);
}

const SETTING_CHECKS: { [K in SettingKey]: (value: unknown, field: string) => Settings[K] } = {
  language: (v, f) => oneOf(v, LANGUAGES, f),
  theme: (v, f) => oneOf(v, THEMES, f),
  leadDays,
  backupReminder: boolean,
  lastBackupAt: (v, f) => (v === null ? null : timestamp(v, f)),
  onboarded: boolean,
};

export const SETTING_KEYS = Object.keys(SETTING_CHECKS) as SettingKey[];

export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && Object.hasOwn(SETTING_CHECKS, key);
}

/** The clean value of a known setting; the field named is the setting's key. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  if (!isSettingKey(key)) throw new ValidationError('key', 'unknown_setting', { key: typeof key === 'string' ? key : typeof key });
  return SETTING_CHECKS[key](value, key) as Settings[K];
}
