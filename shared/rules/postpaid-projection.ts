/**
 * The postpaid projection (reg 13): what protects the number from deactivation for non-usage,
 * until when, and when the user must act next.
 */
import { laterOf, type IsoDate } from './dates';
import type { Flag, Policy, PostpaidProjection, SafeCustodyEvent, SimEvent, SimFacts } from './types';
import { isActivity } from './non-usage';
import { postpaidProtection, safeCustodyChargeFlag, safeCustodyUntil, maxSafeCustodyCharge } from './safe-custody';
import { policyBreaches } from './policy';
import { inApplyOrder } from './event-order';

export function projectPostpaid(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): PostpaidProjection {
  let lastActivity = sim.since;
  let custody: SafeCustodyEvent | null = null;
  let advanceRentThrough: IsoDate | null = null;
  const flags: Flag[] = [...policyBreaches(policy)];
  for (const event of inApplyOrder(events)) {
    if (isActivity(event, policy)) lastActivity = laterOf(lastActivity, event.date)!;
    if (event.type === 'safe_custody') {
      custody = event;
      const flag = safeCustodyChargeFlag(event, policy);
      if (flag) flags.push(flag);
    }
    if (event.type === 'advance_rent') advanceRentThrough = laterOf(advanceRentThrough, event.through);
  }
  const custodyUntil = custody ? safeCustodyUntil(custody) : null;
  const { protectedUntil, protectedBy } = postpaidProtection(custodyUntil, advanceRentThrough);
  const isProtected = protectedUntil !== null && protectedUntil >= today;
  const inCustody = custody !== null && custody.date <= today && custodyUntil! >= today;
  return {
    connection: 'postpaid',
    today,
    state: isProtected ? 'protected' : 'unprotected',
    lastActivity,
    safeCustody: custody && {
      from: custody.date, until: custodyUntil!, months: custody.months, amount: custody.amount,
      maxCharge: maxSafeCustodyCharge(custody.months, policy),
    },
    advanceRentThrough,
    protectedUntil,
    protectedBy,
    rentalDue: !inCustody, // reg 13(3)
    nextActionBy: isProtected ? protectedUntil : null,
    restorationWithinHours: 24,
    flags,
  };
}
