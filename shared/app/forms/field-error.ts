/**
 * Errors shown next to a form field, in the user's language. The store's ValidationError speaks
 * English to developers; here its detail is matched to a message the user can act on.
 */
import type { MessageKey, Params } from '../../i18n';

export interface FieldError {
  key: MessageKey;
  params?: Params;
}

/** Field path → error. The form-wide error (not tied to a field) is under ''. */
export type FieldErrors = Record<string, FieldError>;

const DETAILS: [RegExp, (m: RegExpExecArray) => FieldError][] = [
  [/cannot be empty/, () => ({ key: 'err.required' })],
  [/10 digits/, () => ({ key: 'err.number' })],
  [/real date/, () => ({ key: 'err.date' })],
  [/cannot be after today/, () => ({ key: 'err.future' })],
  [/cannot be before the/, () => ({ key: 'err.beforeStart' })],
  [/whole number of paise/, () => ({ key: 'err.money' })],
  [/more than Rs 0/, () => ({ key: 'err.positive' })],
  [/cannot be negative|zero or more/, () => ({ key: 'err.negative' })],
  [/whole number from (\d+) to (\d+)/, (m) => ({ key: 'err.range', params: { min: m[1]!, max: m[2]! } })],
  [/whole number(?: of days)?,? at least (\d+)/, (m) => ({ key: 'err.atLeast', params: { min: m[1]! } })],
  [/whole number/, () => ({ key: 'err.wholeNumber' })],
  [/at most (\d+) characters/, (m) => ({ key: 'err.tooLong', params: { max: m[1]! } })],
  [/no SIM with this id/, () => ({ key: 'err.simGone' })],
];

/** The message for a store error detail such as 'cannot be after today (2026-01-01)'. */
export function fieldErrorOf(detail: string): FieldError {
  for (const [pattern, make] of DETAILS) {
    const match = pattern.exec(detail);
    if (match) return make(match);
  }
  return { key: 'err.other', params: { detail } };
}

/** Where an error shows: a field the form has, or the form as a whole (''). */
export function errorFieldOf(field: string, formFields: readonly string[]): string {
  return formFields.includes(field) ? field : '';
}
