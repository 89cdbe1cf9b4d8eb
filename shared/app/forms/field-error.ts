/**
 * Errors shown next to a form field, in the user's language. A ValidationError carries a code and
 * its parameters; the words are shared/i18n's `err.<code>`, and the field is where the form shows
 * it. No English text is ever matched.
 */
import type { ErrorCode, ErrorParams } from '../../validation/error-codes';
import type { MessageKey, Params } from '../../i18n';
import type { ValidationError } from '../../validation/validation-error';
import { eachError } from '../../validation/collect-errors';

export interface FieldError {
  key: MessageKey;
  params?: Params;
}

/** Field path → error. The form-wide error (not tied to a field) is under ''. */
export type FieldErrors = Record<string, FieldError>;

/**
 * The message of an error code, for the form's own checks and the store's.
 * @example fieldErrorOf('too_long', { max: 40 }) → { key: 'err.too_long', params: { max: 40 } }
 */
export function fieldErrorOf(code: ErrorCode, params: ErrorParams = {}): FieldError {
  const key: MessageKey = `err.${code}`;
  return Object.keys(params).length === 0 ? { key } : { key, params };
}

/**
 * Where an error shows: the form's field it names ('policy.activityKinds[2]' is the activity kinds
 * box), or the form as a whole ('') when the form has no such field.
 */
function errorFieldOf(field: string, formFields: readonly string[]): string {
  const control = field.replace(/\[\d+\]$/, '');
  return formFields.includes(control) ? control : '';
}

/**
 * A store error as the form shows it: each problem's message next to its field (a ValidationErrors
 * holds every field's, collect-errors.ts); the first problem of a field is the one shown.
 */
export function formErrorsOf(error: ValidationError, formFields: readonly string[]): FieldErrors {
  const shown: FieldErrors = {};
  for (const each of eachError(error)) {
    const field = errorFieldOf(each.field, formFields);
    shown[field] ??= fieldErrorOf(each.code, each.params);
  }
  return shown;
}
