/**
 * deactivated_with_balance: a deactivation after the non-usage period, while the balance exceeded
 * the ANR threshold. reg 12(1): while the balance exceeds twenty rupees (or the operator's lower
 * threshold) the connection may not be deactivated for non-usage: ANR keeps it instead.
 * 'clear' when the user read the balance off the phone during the period; 'possible' when it is
 * known only from recharges, since spending the record does not hold may have lowered it.
 */
import type { DeactivatedEvent, Policy } from '../types';
import type { Finding } from './finding-codes';
import type { EventInContext } from './record-before';

/** The finding for an observed deactivation in its context, or null when the balance could not keep the number. */
export function deactivatedWithBalance(context: EventInContext<DeactivatedEvent>, policy: Policy): Finding | null {
  const { event, before, earlier } = context;
  if (before.deactivationObserved) return null;
  if (event.date < before.nonUsageEnds) return null; // deactivated_early says that
  if (before.balance <= policy.anrThreshold) return null;
  const read = earlier.some((e) => e.type === 'balance' && e.date >= before.lastActivity);
  return {
    code: 'deactivated_with_balance', date: event.date, regulation: 'reg 12(1)', certainty: read ? 'clear' : 'possible',
    breach: true, refund: 0, restore: true,
    params: { balance: before.balance, threshold: policy.anrThreshold, lastActivity: before.lastActivity },
  };
}
