/**
 * The one error the store throws for bad input. `field` names where the problem is, as a path the
 * UI can map to a form control ('number', 'policy.graceDays', 'events[12].amount').
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';

  constructor(
    readonly field: string,
    /** The problem without the field name, for showing next to the control. */
    readonly detail: string,
  ) {
    super(field ? `${field}: ${detail}` : detail);
  }

  /** The same problem seen from further out: 'amount' inside 'events[12]' becomes 'events[12].amount'. */
  within(prefix: string): ValidationError {
    return new ValidationError(this.field ? `${prefix}.${this.field}` : prefix, this.detail);
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
