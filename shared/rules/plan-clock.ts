/**
 * The operator's plan clock, which runs beside TRAI's and is not law.
 * Since the minimum-recharge plans of 2018, operators bar outgoing calls when a plan's validity
 * ends, bar incoming calls some days later (Airtel cut this from 15 to 7 days in 2019; BSNL keeps 7
 * days of incoming, then 165 days barred) and then suspend the number, whatever reg 11 allows.
 * The day counts come from the policy (operator presets, editable) and are never shown as law.
 */
import { addDays, type IsoDate } from './dates';
import type { PlanClock, Policy, RechargeEvent } from './types';

export const NO_PLAN_CLOCK: PlanClock = Object.freeze({
  validityEnds: null, outgoingBarredFrom: null, incomingBarredFrom: null, suspension: null,
});

/**
 * The last day of a recharge's validity, or null when it carries none. The end date of the
 * operator's SMS wins over a count of days; a 28-day plan bought on 1 Jan is valid through 28 Jan.
 * A top-up has no validity whatever is written on it: reg 4(2)(b)(ii) forbids any restriction on it.
 */
export function validityEndOf(recharge: RechargeEvent): IsoDate | null {
  if (recharge.voucher === 'topup') return null;
  if (recharge.validityEnds !== undefined) return recharge.validityEnds;
  if (recharge.validityDays !== undefined) return addDays(recharge.date, recharge.validityDays - 1);
  return null;
}

/**
 * The plan clock that follows from the last day of validity (the latest of every recharge's, so a
 * short add-on never shortens a longer plan).
 */
export function planClockFrom(validityEnds: IsoDate | null, policy: Policy): PlanClock {
  if (validityEnds === null) return NO_PLAN_CLOCK;
  const outgoingBarredFrom = addDays(validityEnds, 1);
  const incomingBarredFrom = policy.incomingGraceDays === null ? null : addDays(outgoingBarredFrom, policy.incomingGraceDays);
  const suspension = incomingBarredFrom === null || policy.suspensionDays === null ? null : addDays(incomingBarredFrom, policy.suspensionDays);
  return { validityEnds, outgoingBarredFrom, incomingBarredFrom, suspension };
}
