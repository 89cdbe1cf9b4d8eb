/**
 * The non-usage period (reg 11, reg 2(aa), reg 2(ha)).
 * A prepaid connection may not be deactivated for non-usage before `nonUsageDays` (at least 90)
 * have passed since the start of the current period: the SIM's start, its latest activity, or its
 * latest reactivation.
 */
import type { Policy, SimEvent } from './types';

/**
 * Whether an event is "activity" under this policy: an activity of a kind the policy counts, or a
 * recharge where the operator counts recharges (an "other usage" of reg 2(aa)).
 */
export function isActivity(event: SimEvent, policy: Policy): boolean {
  if (event.type === 'activity') return policy.activityKinds.includes(event.kind);
  if (event.type === 'recharge') return policy.activityKinds.includes('recharge');
  return false;
}

/** Day number on which the first liability falls: period start + non-usage days (reg 11). */
export function nonUsageEndDay(periodStartDay: number, policy: Policy): number {
  return periodStartDay + policy.nonUsageDays;
}
