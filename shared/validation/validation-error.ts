/**
 * The one error every check throws for bad input: in the store, in a backup file and on the
 * command line. `field` names where the problem is, as a path the UI can map to a form control
 * ('number', 'policy.graceDays', 'events[12].amount'); `code` and `params` say what is wrong, so
 * each app words it in the user's language (shared/i18n, `err.<code>`). The message is English,
 * built from the same code, for developers and logs.
 */
import type { ErrorCode, ErrorParams } from './error-codes';
import { englishOf } from './english';

export class ValidationError extends Error {
  override readonly name = 'ValidationError';

  constructor(
    readonly field: string,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(field ? `${field}: ${englishOf(code, params)}` : englishOf(code, params));
  }

  /** The same problem seen from further out: 'amount' inside 'events[12]' becomes 'events[12].amount'. */
  within(prefix: string): ValidationError {
    return this.at(this.field ? `${prefix}.${this.field}` : prefix);
  }

  /** The same problem under another field name. */
  at(field: string): ValidationError {
    return new ValidationError(field, this.code, this.params);
  }
}

/** Runs `check`, re-throwing any ValidationError with its field placed under `prefix`. */
export function underPath<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ValidationError) throw error.within(prefix);
    throw error;
  }
}
