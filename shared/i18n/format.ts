/**
 * Dates, money and regulation numbers for people, in English or Hindi.
 * Dates are formatted from the 'YYYY-MM-DD' string in UTC, so the day shown never shifts with the
 * device's time zone.
 */
import type { IsoDate } from '../rules/dates';
import type { Paise } from '../rules/money';

export type Lang = 'en' | 'hi';

export function localeOf(lang: Lang): string {
  return lang === 'hi' ? 'hi-IN' : 'en-IN';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withYear: boolean, weekday: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withYear}:${weekday}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(localeOf(lang), {
      day: 'numeric',
      // Hindi short months are clipped with a full stop sign ("दिस॰"); the long ones read better.
      month: lang === 'hi' ? 'long' : 'short',
      ...(withYear && { year: 'numeric' }),
      ...(weekday && { weekday: 'short' }),
      timeZone: 'UTC',
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A calendar date for people: '5 Apr' (en) or '5 अप्रैल' (hi). With `today`, the year is added
 * when it differs from today's; with `withYear: true` it is always added.
 * @example formatDate('2026-04-05', 'en') === '5 Apr'
 */
export function formatDate(date: IsoDate, lang: Lang, options: { today?: IsoDate; withYear?: boolean; weekday?: boolean } = {}): string {
  const withYear = options.withYear ?? (options.today !== undefined && options.today.slice(0, 4) !== date.slice(0, 4));
  return formatter(lang, withYear, options.weekday ?? false).format(new Date(`${date}T00:00:00Z`));
}

/**
 * Money for people, the one place it is written: '₹20' in both languages (a trial found 'Rs' beside
 * '₹' read as two currencies to someone switching language); whole rupees
 * drop the paise, and digits are grouped the Indian way (1,23,456).
 * @example formatMoney(2550, 'hi') === '₹25.50'
 */
export function formatMoney(paise: Paise, _lang: Lang): string {
  const sign = paise < 0 ? '-' : '';
  const rupees = Math.trunc(Math.abs(paise) / 100).toLocaleString('en-IN');
  const rest = Math.abs(paise) % 100;
  const amount = rest === 0 ? rupees : `${rupees}.${String(rest).padStart(2, '0')}`;
  return `${sign}₹${amount}`;
}

/**
 * A regulation reference in the reader's language: 'reg 14(1)' or 'विनियम 14(1)'. The Hindi
 * gazette numbers clause 2(aa) as 2(कक), and says "का परंतुक" for the proviso to a clause.
 * @example formatRegulation('reg 12(1) proviso', 'hi') === 'विनियम 12(1) का परंतुक'
 */
export function formatRegulation(regulation: string, lang: Lang): string {
  if (lang === 'en') return regulation;
  return regulation.replace(/^regs?\b/, 'विनियम').replace(/\(aa\)/, '(कक)').replace(/ proviso\b/, ' का परंतुक');
}

/** The last four digits only, for screens others may see: '•••• 3210'. */
export function maskNumber(number: string): string {
  return `•••• ${number.slice(-4)}`;
}
