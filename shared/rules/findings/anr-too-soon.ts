/**
 * anr_too_soon: a deduction less than anrExtensionDays (30 at least) after the one before it in the
 * same period. Each deduction extends the non-usage period by 30 days (reg 12(2)), so the next may
 * come only when that extension has run out.
 */
import { addDays } from '../dates';
import type { AnrDeductionEvent, Policy } from '../types';
import type { Finding } from './finding-codes';
import type { EventInContext } from './record-before';
import { earlyCertainty } from './certainty';

/** The finding for a recorded deduction in its context, or null when it came on time or is the period's first. */
export function anrTooSoon(context: EventInContext<AnrDeductionEvent>, policy: Policy): Finding | null {
  const { event, before } = context;
  if (before.deactivationObserved) return null;
  const previous = before.anrDeductions.filter((d) => d.observed).at(-1);
  if (previous === undefined) return null;
  const allowedFrom = addDays(previous.date, policy.anrExtensionDays);
  if (event.date >= allowedFrom) return null;
  return {
    code: 'anr_too_soon', date: event.date, regulation: 'reg 12(2)', certainty: earlyCertainty(event.date, allowedFrom),
    breach: true, refund: event.amount, restore: false,
    params: { amount: event.amount, previous: previous.date, allowedFrom },
  };
}
