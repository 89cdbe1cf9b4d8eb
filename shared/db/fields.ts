/**
 * Field checks shared by every validator. Each returns the clean value or throws a ValidationError
 * naming the field, so a validator reads as a list of its fields.
 */
import { isIsoDate, type IsoDate } from '../rules/dates';
import type { Paise } from '../rules/money';
import { ValidationError } from './validation-error';

export type Fields = Record<string, unknown>;

export function asObject(value: unknown, field: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(field, 'must be an object');
  }
  return value as Fields;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ValidationError(field, `must be one of ${allowed.join(', ')}`);
}

export function date(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new ValidationError(field, 'must be a real date written YYYY-MM-DD');
  return value;
}

/** A date that has happened: records are of the past, only plans and validity reach ahead. */
export function pastDate(value: unknown, field: string, today: IsoDate): IsoDate {
  const checked = date(value, field);
  if (checked > today) throw new ValidationError(field, `cannot be after today (${today})`);
  return checked;
}

/** A date on or after `from` (an end that may lie in the future, but not before its start). */
export function dateFrom(value: unknown, field: string, from: IsoDate, fromName: string): IsoDate {
  const checked = date(value, field);
  if (checked < from) throw new ValidationError(field, `cannot be before the ${fromName} (${from})`);
  return checked;
}

function paise(value: unknown, field: string): Paise {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new ValidationError(field, 'must be a whole number of paise (rupees with at most two decimals)');
  }
  return value;
}

/** Money paid or charged: zero would be a mistake (nothing happened), negative is never right. */
export function amount(value: unknown, field: string): Paise {
  const checked = paise(value, field);
  if (checked <= 0) throw new ValidationError(field, 'must be more than Rs 0');
  return checked;
}

/** Money that may truly be nothing: a balance of Rs 0, a waived fee. */
export function amountOrZero(value: unknown, field: string): Paise {
  const checked = paise(value, field);
  if (checked < 0) throw new ValidationError(field, 'cannot be negative');
  return checked;
}

export function wholeNumber(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new ValidationError(field, `must be a whole number ${range}`);
  }
  return value;
}

/** Length as people count it: 'नमस्ते' is 3 letters, not 6 code points. */
export function visibleLength(text: string): number {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let count = 0;
    for (const _ of new Intl.Segmenter().segment(text)) count++;
    return count;
  }
  return Array.from(text).length;
}

/** Trimmed text of at most `max` letters; '' allowed only when not required. */
export function text(value: unknown, field: string, max: number, required: boolean): string {
  if (typeof value !== 'string') throw new ValidationError(field, 'must be text');
  const trimmed = value.trim();
  if (required && trimmed === '') throw new ValidationError(field, 'cannot be empty');
  if (visibleLength(trimmed) > max) throw new ValidationError(field, `must be at most ${max} characters`);
  return trimmed;
}

export function nonEmptyId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(field, 'must be a non-empty id');
  return value;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO instant such as Date.prototype.toISOString writes. */
export function timestamp(value: unknown, field: string): string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ValidationError(field, 'must be an ISO timestamp such as 2026-01-31T09:30:00.000Z');
  }
  return value;
}

/** Runs `check` only when the field is present; absent (undefined) stays absent. */
export function optional<T>(value: unknown, check: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

/** Drops undefined fields, so that a stored record never carries `note: undefined`. */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
