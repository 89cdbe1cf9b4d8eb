/**
 * Validation before every write. Pure: `today` comes in as an argument, so the same input gives
 * the same answer on every device and in every test. Each validator returns a clean copy holding
 * only the fields its record type has, so stray fields (from an old backup, a form) never reach
 * the store.
 */
import type { IsoDate } from '../rules/dates';
import { isIsoDate } from '../rules/dates';
import { policyShapeError } from '../rules/policy';
import { MAX_VOUCHER_VALIDITY_DAYS } from '../rules/vouchers';
import {
  ACTIVITY_KINDS, EVENT_TYPES, VOUCHER_KINDS, type Policy, type SimEvent,
} from '../rules/types';
import { isHexColour } from './colours';
import {
  amount, amountOrZero, asObject, date, dateFrom, nonEmptyId, oneOf, optional, pastDate, text,
  timestamp, wholeNumber, withoutUndefined, type Fields,
} from './fields';
import { normaliseMobileNumber } from './phone-number';
import {
  CONNECTIONS, EVENT_SOURCES, OPERATORS, REMINDER_STATUSES,
  type EventContent, type EventSource, type ReminderStateRecord, type SettingKey, type Settings, type SimRecord,
} from './types';
import { ValidationError } from './validation-error';

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
  if (number === null) throw new ValidationError(field, 'an Indian mobile number has 10 digits starting 6, 7, 8 or 9');
  return number;
}

export function validateColour(value: unknown, field = 'colour'): string {
  if (!isHexColour(value)) throw new ValidationError(field, 'must be a colour written #rrggbb');
  return value.toLowerCase();
}

/** The policy's shape (policyShapeError), with the field the message names. Bounds are not errors. */
export function validatePolicy(value: unknown, field = 'policy'): Policy {
  const fields = asObject(value, field) as unknown as Policy;
  const problem = policyShapeError(fields);
  if (problem !== null) {
    const named = /^policy\.(\w+) (.*)$/.exec(problem);
    throw named ? new ValidationError(`${field}.${named[1]}`, named[2]!) : new ValidationError(field, problem);
  }
  return {
    nonUsageDays: fields.nonUsageDays,
    anrCharge: fields.anrCharge,
    anrThreshold: fields.anrThreshold,
    anrExtensionDays: fields.anrExtensionDays,
    graceDays: fields.graceDays,
    reactivationFee: fields.reactivationFee,
    safeCustodyCharge: fields.safeCustodyCharge,
    activityKinds: [...new Set(fields.activityKinds)],
    incomingGraceDays: fields.incomingGraceDays,
    suspensionDays: fields.suspensionDays,
  };
}

/** What the user controls on a SIM. Colour is optional here: the store picks one when missing. */
export type SimFields = Omit<SimRecord, 'id' | 'createdAt' | 'updatedAt' | 'colour'> & { colour?: string };

export function validateSimInput(input: unknown, today: IsoDate): SimFields {
  checkToday(today);
  const fields = asObject(input, 'sim');
  return withoutUndefined({
    label: text(fields.label, 'label', LABEL_MAX, true),
    number: validateNumber(fields.number),
    operator: oneOf(fields.operator, OPERATORS, 'operator'),
    circle: fields.circle === undefined ? '' : text(fields.circle, 'circle', CIRCLE_MAX, false),
    connection: oneOf(fields.connection, CONNECTIONS, 'connection'),
    since: pastDate(fields.since, 'since', today),
    policy: validatePolicy(fields.policy),
    colour: optional(fields.colour, (v) => validateColour(v)),
  });
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

type EventBody = (fields: Fields, on: IsoDate) => SimEvent;

/** One builder per event type of shared/rules/types.ts: each copies exactly its own fields. */
const EVENT_BODIES: Record<SimEvent['type'], EventBody> = {
  activity: (f, on) => ({ type: 'activity', date: on, kind: oneOf(f.kind, ACTIVITY_KINDS, 'kind') }),
  recharge: (f, on) => withoutUndefined({
    type: 'recharge' as const,
    date: on,
    amount: amount(f.amount, 'amount'),
    voucher: oneOf(f.voucher, VOUCHER_KINDS, 'voucher'),
    // Zero is meaningful: a plan voucher adds no money to the balance.
    monetaryValue: optional(f.monetaryValue, (v) => amountOrZero(v, 'monetaryValue')),
    validityDays: optional(f.validityDays, (v) => wholeNumber(v, 'validityDays', 1, MAX_VOUCHER_VALIDITY_DAYS)),
    validityEnds: optional(f.validityEnds, (v) => dateFrom(v, 'validityEnds', on, 'recharge date')),
  }),
  balance: (f, on) => ({ type: 'balance', date: on, amount: amountOrZero(f.amount, 'amount') }),
  anr_deduction: (f, on) => ({ type: 'anr_deduction', date: on, amount: amount(f.amount, 'amount') }),
  deactivated: (_f, on) => ({ type: 'deactivated', date: on }),
  // Zero is meaningful: an operator may waive the reactivation fee.
  reactivated: (f, on) => withoutUndefined({
    type: 'reactivated' as const, date: on, fee: optional(f.fee, (v) => amountOrZero(v, 'fee')),
  }),
  safe_custody: (f, on) => ({
    type: 'safe_custody', date: on, months: wholeNumber(f.months, 'months', 1), amount: amount(f.amount, 'amount'),
  }),
  // Rent paid in advance runs into the future: only its start (the payment) must have happened.
  advance_rent: (f, on) => ({ type: 'advance_rent', date: on, through: dateFrom(f.through, 'through', on, 'payment date') }),
};

/** The event itself (type, date and the type's own fields), without the store's metadata. */
export function validateEvent(input: unknown, today: IsoDate): SimEvent {
  checkToday(today);
  const fields = asObject(input, 'event');
  const type = oneOf(fields.type, EVENT_TYPES, 'type');
  return EVENT_BODIES[type](fields, pastDate(fields.date, 'date', today));
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
  if (fields.source === undefined) throw new ValidationError('source', `must be one of ${EVENT_SOURCES.join(', ')}`);
  return eventRecordOf(valid, nonEmptyId(fields.id, 'id'), wholeNumber(fields.seq, 'seq', 0));
}

// ---- Reminder states -----------------------------------------------------------------------

export function validateReminderState(value: unknown): ReminderStateRecord {
  const fields = asObject(value, '');
  const status = oneOf(fields.status, REMINDER_STATUSES, 'status');
  if (typeof fields.simId !== 'string') throw new ValidationError('simId', "must be a SIM's id, or '' for an app-wide reminder");
  // A snooze without an end would hide the reminder for ever: that is what 'dismissed' is for.
  const until = status === 'snoozed' ? date(fields.until, 'until') : undefined;
  if (status !== 'snoozed' && fields.until !== undefined) {
    throw new ValidationError('until', 'only a snoozed reminder has an until date');
  }
  return withoutUndefined({
    id: nonEmptyId(fields.id, 'id'),
    simId: fields.simId,
    status,
    until,
    at: timestamp(fields.at, 'at'),
  });
}

// ---- Settings ------------------------------------------------------------------------------

const LANGUAGES = ['en', 'hi'] as const;
const THEMES = ['system', 'light', 'dark'] as const;

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ValidationError(field, 'must be true or false');
  return value;
}

/** Lead days: whole days from 0 to 365, each once, largest first (the order reminders fall). */
function leadDays(value: unknown, field: string): number[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'must be a list of days');
  const days = value.map((day, i) => wholeNumber(day, `${field}[${i}]`, 0, 365));
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
  if (!isSettingKey(key)) throw new ValidationError('key', `unknown setting "${String(key)}"`);
  return SETTING_CHECKS[key](value, key) as Settings[K];
}
