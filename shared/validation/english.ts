/**
 * The English words of each error code, for developers, logs and the `npm run rules` error line
 * ({"error": "field: what is wrong"}). People see the words of shared/i18n (`err.<code>`) instead.
 */
import type { ErrorCode, ErrorParams } from './error-codes';

type Words = (params: ErrorParams) => string;

const ENGLISH: Record<ErrorCode, Words> = {
  not_object: (p) => (p.with === undefined ? 'must be an object' : `must be an object with ${p.with}`),
  not_list: () => 'must be a list',
  not_text: () => 'must be text',
  not_boolean: () => 'must be true or false',
  not_one_of: (p) => `must be one of ${p.allowed}`,
  unknown_field: (p) => `is not a ${p.of} field`,
  required: () => 'cannot be empty',
  too_long: (p) => `must be at most ${p.max} characters`,
  not_whole_number: () => 'must be a whole number',
  out_of_range: (p) => `must be a whole number from ${p.min} to ${p.max}`,
  too_small: (p) => `must be ${p.min} or more`,
  not_money: (p) => (p.unit === 'paise'
    ? 'must be a whole number of paise (rupees with at most two decimals)'
    : 'must be an amount in rupees with at most two decimals'),
  not_positive: () => 'must be more than Rs 0',
  negative: () => 'must not be negative',
  amount_too_large: (p) => `must be at most Rs ${p.max}`,
  not_date: () => 'must be a real date written YYYY-MM-DD',
  date_out_of_range: (p) => `must be a date from ${p.min} to ${p.max}`,
  after_today: (p) => `is after today (${p.today})`,
  before_start: (p) => `cannot be before the ${p.startField} (${p.start})`,
  not_timestamp: () => 'must be a real ISO timestamp such as 2026-01-31T09:30:00.000Z',
  not_phone_number: () => 'an Indian mobile number has 10 digits starting 6, 7, 8 or 9',
  not_colour: () => 'must be a colour written #rrggbb',
  not_id: () => 'must be a non-empty id',
  duplicate_id: (p) => `"${p.id}" appears twice in the file`,
  no_such_sim: () => 'there is no SIM with this id (it may have been deleted, or be missing from the file)',
  no_such_event: () => 'there is no event with this id (it may have been deleted)',
  until_without_snooze: () => 'only a snoozed reminder has an until date',
  unknown_setting: (p) => `unknown setting "${p.key}"`,
  not_json: () => 'is not a SIM Keeper backup (it is not valid JSON)',
  not_backup: (p) => `must be "${p.format}": this is not a SIM Keeper backup`,
  file_too_large: (p) => `is larger than any SIM Keeper backup (over ${p.max} MB)`,
  exported_later: () => 'says it was made later than now: a backup cannot come from the future',
  newer_backup: (p) => `this backup is from a newer SIM Keeper (format ${p.version}); update the app, then import it`,
  unsupported_version: (p) => `must be ${p.version}`,
};

/**
 * What is wrong, in English, without the field.
 * @example englishOf('too_long', { max: 40 }) === 'must be at most 40 characters'
 */
export function englishOf(code: ErrorCode, params: ErrorParams = {}): string {
  return ENGLISH[code](params);
}
