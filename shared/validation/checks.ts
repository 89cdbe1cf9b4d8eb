/**
 * The field checks of the store, backup files and `npm run rules`: one set, pure and DOM-free.
 * Each returns the clean value or throws a ValidationError naming the field with a code, so a
 * validator reads as a list of its fields.
 */
import { isIsoDate, type IsoDate } from '../rules/dates';
import { rupeesToPaise, type Paise } from '../rules/money';
import {
  MAX_AMOUNT, MAX_AMOUNT_TEXT, MAX_DATE, MAX_ID_LENGTH, MAX_UNITS_PER_LETTER, MIN_DATE,
} from './bounds';
import { ValidationError } from './validation-error';

export type Fields = Record<string, unknown>;

/** How money is written where it comes from: paise in the store and backups, rupees on the command line. */
export type MoneyUnit = 'paise' | 'rupees';

/** A JSON object (not null, not a list); `withFields` says what it should hold ('connection and since'). */
export function asObject(value: unknown, field: string, withFields?: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(field, 'not_object', withFields === undefined ? {} : { with: withFields });
  }
  return value as Fields;
}

export function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'not_list');
  return value;
}

/** Refuses a field the record does not have, such as a misspelt policy field ('anrFee'). */
export function onlyFields(fields: Fields, allowed: readonly string[], field: string, of: string): void {
  const unknown = Object.keys(fields).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw new ValidationError(field ? `${field}.${unknown}` : unknown, 'unknown_field', { of });
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ValidationError(field, 'not_one_of', { allowed: allowed.join(', ') });
}

export function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ValidationError(field, 'not_boolean');
  return value;
}

// ---- Dates and times -----------------------------------------------------------------------

export function date(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new ValidationError(field, 'not_date');
  if (value < MIN_DATE || value > MAX_DATE) throw new ValidationError(field, 'date_out_of_range', { min: MIN_DATE, max: MAX_DATE });
  return value;
}

/** A date that has happened: records are of the past, only plans and validity reach ahead. */
export function pastDate(value: unknown, field: string, today: IsoDate): IsoDate {
  const checked = date(value, field);
  if (checked > today) throw new ValidationError(field, 'after_today', { today });
  return checked;
}

/** A date on or after `from` (an end that may lie in the future, but not before its start). */
export function dateFrom(value: unknown, field: string, from: IsoDate, fromName: string): IsoDate {
  const checked = date(value, field);
  if (checked < from) throw new ValidationError(field, 'before_start', { start: from, startField: fromName });
  return checked;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An ISO instant such as Date.prototype.toISOString writes, on a real calendar day: Date.parse
 * accepts '2026-02-30T00:00:00Z' (it rolls over to 2 March), so the day is checked as a date.
 */
export function timestamp(value: unknown, field: string): string {
  const day = typeof value === 'string' ? TIMESTAMP.exec(value)?.[1] : undefined;
  if (day === undefined || !isIsoDate(day) || day < MIN_DATE || day > MAX_DATE) {
    throw new ValidationError(field, 'not_timestamp');
  }
  return value as string;
}

// ---- Numbers and money ---------------------------------------------------------------------

/** A whole number from `min` to `max`. */
export function wholeNumber(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ValidationError(field, 'not_whole_number');
  if (value < min || value > max) throw new ValidationError(field, 'out_of_range', { min, max });
  return value;
}

/** Paise of an amount written in `unit`, at most Rs 1,00,000; its sign is checked by the callers. */
function money(value: unknown, field: string, unit: MoneyUnit): Paise {
  // 1e300 is a whole number too: it is refused below as too large, which says more than "not money".
  const paise = unit === 'paise' ? (Number.isInteger(value) ? value as number : null) : rupeesToPaise(value);
  if (paise === null) throw new ValidationError(field, 'not_money', { unit });
  if (paise > MAX_AMOUNT) throw new ValidationError(field, 'amount_too_large', { max: MAX_AMOUNT_TEXT });
  return paise;
}

/** Money paid or charged: zero would be a mistake (nothing happened), negative is never right. */
export function amount(value: unknown, field: string, unit: MoneyUnit = 'paise'): Paise {
  const checked = money(value, field, unit);
  if (checked <= 0) throw new ValidationError(field, 'not_positive');
  return checked;
}

/** Money that may truly be nothing: a balance of Rs 0, a waived fee. */
export function amountOrZero(value: unknown, field: string, unit: MoneyUnit = 'paise'): Paise {
  const checked = money(value, field, unit);
  if (checked < 0) throw new ValidationError(field, 'negative');
  return checked;
}

// ---- Text ----------------------------------------------------------------------------------

/** Whether `text` has more than `max` letters as people count them ('नमस्ते' is 3, not 6 code points). */
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  // Refused before segmenting: no letter takes this many units, and a 50 MB note is refused at once.
  if (text.length > max * MAX_UNITS_PER_LETTER) return true;
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return Array.from(text).length > max;
  let count = 0;
  for (const _ of new Intl.Segmenter().segment(text)) if (++count > max) return true;
  return false;
}

/** Trimmed text of at most `max` letters; '' allowed only when not required. */
export function text(value: unknown, field: string, max: number, required: boolean): string {
  if (typeof value !== 'string') throw new ValidationError(field, 'not_text');
  if (value.length > max * MAX_UNITS_PER_LETTER) throw new ValidationError(field, 'too_long', { max });
  const trimmed = value.trim();
  if (required && trimmed === '') throw new ValidationError(field, 'required');
  if (longerThan(trimmed, max)) throw new ValidationError(field, 'too_long', { max });
  return trimmed;
}

export function nonEmptyId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(field, 'not_id');
  if (value.length > MAX_ID_LENGTH) throw new ValidationError(field, 'too_long', { max: MAX_ID_LENGTH });
  return value;
}

// ---- Records -------------------------------------------------------------------------------

/** Runs `check` only when the field is present; absent (undefined) stays absent. */
export function optional<T>(value: unknown, check: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

/** Drops undefined fields, so that a stored record never carries `note: undefined`. */
export function withoutUndefined<T extends object>(record: T): T {
  // A plain loop: this runs for every record of a backup file (100,000 in issue 11's restore).
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) kept[key] = value;
  return kept as T;
}
