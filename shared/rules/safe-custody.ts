/**
 * Postpaid protection from deactivation for non-usage (reg 13).
 * - Safe Custody (reg 13(2)): protects for the months paid for, at most Rs 150 for every three
 *   months or part; no rental meanwhile (reg 13(3)); restored within 24 hours of a request (13(5)).
 *   Requests add up: one made while custody runs extends it by its months.
 * - Advance rent (reg 13(4)): no deactivation for non-usage through the period paid for.
 */
import { addDays, addMonths, laterOf, type IsoDate } from './dates';
import type { Paise } from './money';
import type { Flag, Policy, SafeCustodyEvent } from './types';

/** The custody running: its first day, its last, and the months and money of every request in it. */
export interface CustodySpan {
  from: IsoDate;
  until: IsoDate;
  months: number;
  amount: Paise;
  maxCharge: Paise;
}

/** The most an operator may charge for `months` of safe custody under this policy (reg 13(2)). */
export function maxSafeCustodyCharge(months: number, policy: Policy): Paise {
  return Math.ceil(months / 3) * policy.safeCustodyCharge;
}

/**
 * The last day of `months` calendar months of custody from `from` (reg 13(2) charges by the month):
 * the day before the same date `months` later, or the last day of that month when it has no such
 * date, so one month from 31 Jan runs to the end of February.
 * @example custodyEndOn('2026-01-15', 3) === '2026-04-14'
 * @example custodyEndOn('2026-01-31', 1) === '2026-02-28'
 */
export function custodyEndOn(from: IsoDate, months: number): IsoDate {
  const sameDate = addMonths(from, months);
  const clamped = sameDate.slice(8) !== from.slice(8);
  return clamped ? sameDate : addDays(sameDate, -1);
}

/** The last day one safe custody request protects, on its own. */
export function safeCustodyUntil(custody: SafeCustodyEvent): IsoDate {
  return custodyEndOn(custody.date, custody.months);
}

/**
 * The custody after one more request: a request made while custody runs adds its months, money and
 * bound to it (paid months follow one another); one made after it ended starts a new span.
 */
export function addCustody(span: CustodySpan | null, custody: SafeCustodyEvent, policy: Policy): CustodySpan {
  const maxCharge = maxSafeCustodyCharge(custody.months, policy);
  if (span === null || custody.date > span.until) {
    return { from: custody.date, until: safeCustodyUntil(custody), months: custody.months, amount: custody.amount, maxCharge };
  }
  const months = span.months + custody.months;
  return { from: span.from, until: custodyEndOn(span.from, months), months, amount: span.amount + custody.amount, maxCharge: span.maxCharge + maxCharge };
}

/** A flag when one safe custody request cost more than its bound (reg 13(2)). */
export function safeCustodyChargeFlag(custody: SafeCustodyEvent, policy: Policy): Flag | null {
  const maxCharge = maxSafeCustodyCharge(custody.months, policy);
  if (custody.amount <= maxCharge) return null;
  return {
    code: 'safe_custody_overcharged', date: custody.date, regulation: 'reg 13(2)',
    params: { months: custody.months, amount: custody.amount, maxCharge },
  };
}

/** Which of custody (reg 13(2)) and advance rent (reg 13(4)) lasts longer, and until when. */
export function postpaidProtection(custodyUntil: IsoDate | null, advanceRentThrough: IsoDate | null): {
  protectedUntil: IsoDate | null;
  protectedBy: 'safe_custody' | 'advance_rent' | null;
} {
  const protectedUntil = laterOf(custodyUntil, advanceRentThrough);
  if (protectedUntil === null) return { protectedUntil, protectedBy: null };
  return { protectedUntil, protectedBy: protectedUntil === custodyUntil ? 'safe_custody' : 'advance_rent' };
}
