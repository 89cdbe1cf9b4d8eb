/**
 * The store throws the one ValidationError of shared/validation (a field, a code and its
 * parameters), so that a form maps codes to fields and the command line shares the same checks.
 */
export { ValidationError, underPath } from '../validation/validation-error';
