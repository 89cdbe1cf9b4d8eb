/**
 * Every field's problem at once. The field checks (checks.ts) throw at the first problem, which
 * suits a file or a command line; a form wants all of them, so that a person fixes the name, the
 * number and the date in one go rather than one per Save (issue 7, item 2). A validator runs each
 * field's check through `check`, which keeps the ValidationError and goes on; `done` then throws
 * them together as one ValidationErrors, which is still a ValidationError (the first problem), so
 * code that wants only one keeps working.
 */
import { ValidationError } from './validation-error';

/** Several fields' problems; as a ValidationError it is the first of them. */
export class ValidationErrors extends ValidationError {
  constructor(readonly all: readonly ValidationError[]) {
    super(all[0]!.field, all[0]!.code, all[0]!.params);
  }
}

/** Each problem of `error`: its list when it holds several, else itself. */
export function eachError(error: ValidationError): readonly ValidationError[] {
  return error instanceof ValidationErrors ? error.all : [error];
}

export interface ErrorCollector {
  /** The value `run` returns, or `fallback` (and the error kept) when it throws a ValidationError. */
  check<T>(run: () => T, fallback?: T): T;
  /** Throws every kept error together; does nothing when there are none. */
  done(): void;
}

/**
 * A collector of field errors for one record.
 * @example
 * const errors = collectErrors();
 * const label = errors.check(() => text(fields.label, 'label', 40, true), '');
 * const number = errors.check(() => validateNumber(fields.number), '');
 * errors.done(); // throws label's and number's problems together
 */
export function collectErrors(): ErrorCollector {
  const kept: ValidationError[] = [];
  return {
    check<T>(run: () => T, fallback?: T): T {
      try {
        return run();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        kept.push(...eachError(error));
        return fallback as T;
      }
    },
    done() {
      if (kept.length === 1) throw kept[0]!;
      if (kept.length > 1) throw new ValidationErrors(kept);
    },
  };
}
