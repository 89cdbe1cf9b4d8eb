/**
 * Postpaid protection from deactivation for non-usage (reg 13).
 * - Safe Custody (reg 13(2)): protects for the months paid for, at most Rs 150 for every three
 *   months or part; no rental meanwhile (reg 13(3)); restored within 24 hours of a request (13(5)).
 * - Advance rent (reg 13(4)): no deactivation for non-usage through the period paid for.
 */
import { addDays, addMonths, laterOf, type IsoDate } from './dates';
import type { Paise } from './money';
import type { Flag, Policy, SafeCustodyEvent } from './types';

/** The most an operator may charge for `months` of safe custody under this policy. */
export function maxSafeCustodyCharge(months: number, policy: Policy): Paise {
  return Math.ceil(months / 3) * policy.safeCustodyCharge;
}

/** The last day a safe custody request protects: `months` calendar months from its start, less a day. */
export function safeCustodyUntil(custody: SafeCustodyEvent): IsoDate {
  return addDays(addMonths(custody.date, custody.months), -1);
}

export function safeCustodyChargeFlag(custody: SafeCustodyEvent, policy: Policy): Flag | null {
  const max = maxSafeCustodyCharge(custody.months, policy);
  if (custody.amount <= max) return null;
  return {
    code: 'safe_custody_overcharged', date: custody.date, regulation: 'reg 13(2)',
    message: `Safe custody for ${custody.months} months may cost at most Rs ${max / 100}.`,
  };
}

/** Which protection lasts longer, and until when. */
export function postpaidProtection(custodyUntil: IsoDate | null, advanceRentThrough: IsoDate | null): {
  protectedUntil: IsoDate | null;
  protectedBy: 'safe_custody' | 'advance_rent' | null;
} {
  const protectedUntil = laterOf(custodyUntil, advanceRentThrough);
  if (protectedUntil === null) return { protectedUntil, protectedBy: null };
  return { protectedUntil, protectedBy: protectedUntil === custodyUntil ? 'safe_custody' : 'advance_rent' };
}
