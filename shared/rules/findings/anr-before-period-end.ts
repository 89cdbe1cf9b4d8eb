/**
 * anr_before_period_end: a deduction before the non-usage period ended. reg 12(1) lets the
 * operator deduct only "on expiry of the period specified in regulation 11" (90 days or the
 * operator's longer one) with no use in it; before that the SIM owes nothing.
 * Only the first deduction of a period is judged here; later ones are anr_too_soon's (reg 12(2)).
 */
import type { AnrDeductionEvent, Policy } from '../types';
import type { Finding } from './finding-codes';
import type { EventInContext } from './record-before';
import { earlyCertainty } from './certainty';

/** The finding for a recorded deduction in its context, or null when the period had ended. */
export function anrBeforePeriodEnd(context: EventInContext<AnrDeductionEvent>, _policy: Policy): Finding | null {
  const { event, before } = context;
  if (before.deactivationObserved) return null; // a deduction from a switched-off number is not ANR
  if (before.anrDeductions.some((d) => d.observed)) return null;
  if (event.date >= before.nonUsageEnds) return null;
  return {
    code: 'anr_before_period_end', date: event.date, regulation: 'reg 12(1)', certainty: earlyCertainty(event.date, before.nonUsageEnds),
    breach: true, refund: event.amount, restore: false,
    params: { amount: event.amount, lastActivity: before.lastActivity, periodEnds: before.nonUsageEnds },
  };
}
