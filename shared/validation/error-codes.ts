/**
 * Every way an input can be wrong, as a code. A ValidationError carries one of these with its
 * parameters; the words live in shared/i18n (key `err.<code>`, in English and Hindi) for people,
 * and in english.ts for developers and logs. Codes never change meaning: add a new one instead.
 */
export const ERROR_CODES = [
  // Shape
  'not_object', 'not_list', 'not_text', 'not_boolean', 'not_one_of', 'unknown_field',
  // Presence and length
  'required', 'too_long',
  // Numbers and money
  'not_whole_number', 'out_of_range', 'too_small', 'not_money', 'not_positive', 'negative', 'amount_too_large',
  // Dates and times
  'not_date', 'date_out_of_range', 'after_today', 'before_start', 'not_timestamp',
  // Identity
  'not_phone_number', 'not_colour', 'not_id', 'duplicate_id', 'no_such_sim', 'no_such_event',
  // Records
  'until_without_snooze', 'unknown_setting',
  // Backup files
  'not_json', 'not_backup', 'newer_backup', 'unsupported_version', 'file_too_large', 'exported_later',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What the words of a code are filled with: a limit, the date today, the choices... */
export type ErrorParams = Readonly<Record<string, string | number>>;

