/**
 * deactivated_early: a deactivation the user saw before the non-usage period had run. reg 11: a
 * prepaid connection may not be deactivated for non-usage before 90 days (or the operator's longer
 * period) without use.
 */
import { daysBetween } from '../dates';
import type { DeactivatedEvent, Policy } from '../types';
import type { Finding } from './finding-codes';
import type { EventInContext } from './record-before';
import { earlyCertainty } from './certainty';

/** The finding for an observed deactivation in its context, or null when the period had run. */
export function deactivatedEarly(context: EventInContext<DeactivatedEvent>, _policy: Policy): Finding | null {
  const { event, before } = context;
  if (before.deactivationObserved) return null; // already off: this records the same deactivation again
  if (event.date >= before.nonUsageEnds) return null;
  return {
    code: 'deactivated_early', date: event.date, regulation: 'reg 11', certainty: earlyCertainty(event.date, before.nonUsageEnds),
    breach: true, refund: 0, restore: true,
    params: { lastActivity: before.lastActivity, periodEnds: before.nonUsageEnds, days: daysBetween(before.lastActivity, event.date) },
  };
}
