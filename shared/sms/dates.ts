/**
 * Dates as operators write them, read into 'YYYY-MM-DD' (shared/rules/dates.ts). Day first, as in
 * India: 30-08-2026, 21/09/2021, 19.05.2015, 27-08-18; with the month's name: Jun 19 2017,
 * 04JAN2016, 5th April, 12 जनवरी 2026; the words today, tomorrow, yesterday, आज; ISO 2015-05-24.
 * A time after the date ("23:59") is ignored.
 *
 * A date written without its year is completed from the day the message was received: a date the
 * message reports (a recharge, a deduction) takes the year that puts it nearest on or before that day;
 * a day the message looks forward to (a validity end) the year that puts it nearest on or after it.
 * Without a received date such a date is left out rather than guessed.
 */
import { addDays, isIsoDate, type IsoDate } from '../rules/dates';

export interface DateToken {
  start: number;
  end: number;
  text: string;
  /** null when the text gave no year. */
  year: number | null;
  month: number;
  day: number;
  /** For "today" (0), "tomorrow" (1), "yesterday" (-1): days from the received date. */
  relative?: number;
}

/** Which way a year-less date leans from the received date. */
export type DateLean = 'past' | 'future';

const ENGLISH_MONTHS = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const HINDI_MONTHS = ['जनवरी', 'फ़रवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर'];
const HINDI_MONTH_NUMBER = [1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 10, 11, 11, 12, 12];
const MONTH = `(${ENGLISH_MONTHS}|${HINDI_MONTHS.join('|')})(?![\\p{L}\\p{M}])\\.?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?![\d:])/gu;
const NUMERIC = /(?<![\d.\/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d.\/-]\d|\d)/gu;
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})${ORDINAL}[\s\-.,/]{0,2}${MONTH}(?:[\s\-.,/']{0,3}(\d{4}|\d{2}))?(?![\d:])`, 'giu');
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\p{M}])${MONTH}[\s\-.]{0,2}(\d{1,2})${ORDINAL}(?![\d:])(?:,?\s{0,2}(\d{4})(?![\d:]))?`, 'giu');
const RELATIVE = /(?<![\p{L}\p{M}])(today|tomorrow|yesterday|आज)(?![\p{L}\p{M}])/giu;
const RELATIVE_DAYS: Record<string, number> = { today: 0, tomorrow: 1, yesterday: -1, 'आज': 0 };

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const hindi = HINDI_MONTHS.indexOf(lower);
  if (hindi >= 0) return HINDI_MONTH_NUMBER[hindi]!;
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(lower.slice(0, 3)) + 1;
}

function fullYear(written: string | undefined): number | null {
  if (written === undefined) return null;
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

/** Every date in the text, in order, without overlaps; impossible dates (31-02-2026) are left out. */
export function findDates(text: string): DateToken[] {
  const found: DateToken[] = [];
  const add = (match: RegExpMatchArray, year: number | null, month: number, day: number) => {
    if (year !== null && !isIsoDate(iso(year, month, day))) return;
    if (year === null && !isIsoDate(iso(2000, month, day))) return; // 2000 is a leap year: 29 Feb passes
    // "Rs 20 may be deducted" is not the 20th of May: a bare "may" needs its year to be a month.
    if (year === null && /(?<![\p{L}])may(?![\p{L}])/iu.test(match[0])) return;
    found.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], year, month, day });
  };
  for (const m of text.matchAll(ISO)) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(NUMERIC)) add(m, fullYear(m[4]), Number(m[3]), Number(m[1]));
  for (const m of text.matchAll(DAY_MONTH)) add(m, fullYear(m[3]), monthNumber(m[2]!), Number(m[1]));
  for (const m of text.matchAll(MONTH_DAY)) add(m, fullYear(m[3]), monthNumber(m[1]!), Number(m[2]));
  for (const m of text.matchAll(RELATIVE)) {
    const start = m.index!;
    found.push({ start, end: start + m[0].length, text: m[0], year: null, month: 0, day: 0, relative: RELATIVE_DAYS[m[1]!.toLowerCase()]! });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateToken[] = [];
  for (const token of found) if (kept.length === 0 || token.start >= kept[kept.length - 1]!.end) kept.push(token);
  return kept;
}

/**
 * The calendar date a token names, or null when it needs a received date that is not known.
 * @example dateOf({ year: null, month: 4, day: 5, ... }, '2026-03-01', 'past') === '2025-04-05'
 */
export function dateOf(token: DateToken, received: IsoDate | undefined, lean: DateLean): IsoDate | null {
  if (token.relative !== undefined) return received === undefined ? null : addDays(received, token.relative);
  if (token.year !== null) return iso(token.year, token.month, token.day);
  if (received === undefined) return null;
  return yearNearest(token.month, token.day, received, lean);
}

/** The month and day in the year that puts it nearest `received`, on the side `lean` says. */
function yearNearest(month: number, day: number, received: IsoDate, lean: DateLean): IsoDate | null {
  const step = lean === 'past' ? -1 : 1;
  let year = Number(received.slice(0, 4));
  // 29 February may be up to eight years away (1896 -> 1904); any other day at most one.
  for (let tries = 0; tries < 9; tries++, year += step) {
    const candidate = iso(year, month, day);
    if (!isIsoDate(candidate)) continue;
    if (lean === 'past' ? candidate <= received : candidate >= received) return candidate;
  }
  return null;
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
