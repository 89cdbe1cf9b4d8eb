/**
 * The bounds of every number and date a user or a file can enter. Beyond them a value is a typo or
 * an attack, never a fact about a SIM: refusing it with the field named beats projecting nonsense
 * (a balance of 1e300, a deactivation in the year 10000).
 */
import type { IsoDate } from '../rules/dates';
import type { Paise } from '../rules/money';

/** The earliest date anything may carry (a SIM held since before then may say it started on it). */
export const MIN_DATE: IsoDate = '2000-01-01';
/** The latest: four-digit years only, so dates keep comparing as text. */
export const MAX_DATE: IsoDate = '9999-12-31';

/** Rs 1,00,000: the most one event, a balance or a policy charge may hold. */
export const MAX_AMOUNT: Paise = 100_000_00;
/** The same in rupees as people read it, for messages. */
export const MAX_AMOUNT_TEXT = '1,00,000';

/** Ten years: the longest non-usage period, extension, grace or plan period a policy may set. */
export const MAX_POLICY_DAYS = 3650;

/** Ten years of safe custody in one record (reg 13(2) charges by the quarter, with no end). */
export const MAX_SAFE_CUSTODY_MONTHS = 120;

/** A reminder may be announced at most a year ahead. */
export const MAX_LEAD_DAYS = 365;

/** Ids are short machine strings (a UUID is 36 characters). */
export const MAX_ID_LENGTH = 200;

/**
 * The most UTF-16 units one visible letter may take (an emoji family is 11): longer text is
 * refused before it is segmented, so a 50 MB note is refused at once.
 */
export const MAX_UNITS_PER_LETTER = 16;
