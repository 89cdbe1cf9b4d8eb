/**
 * The store's field checks are the shared ones (shared/validation/checks.ts): one set for the
 * store, backup files and `npm run rules`.
 */
export {
  amount, amountOrZero, asObject, boolean, date, dateFrom, list, nonEmptyId, oneOf, optional, pastDate, text,
  timestamp, wholeNumber, withoutUndefined, type Fields,
} from '../validation/checks';
