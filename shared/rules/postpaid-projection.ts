/**
 * The postpaid projection (reg 13): what keeps the number, until when, and when the user must act.
 * Reg 13 sets no non-usage period for postpaid: a connection whose monthly rent is paid stays active
 * despite non-usage (Explanatory Memorandum 2013, para 6). Safe custody (reg 13(2)) keeps it without
 * rent (reg 13(3)); advance rent (reg 13(4)) keeps it through the period paid for.
 */
import { laterOf, type IsoDate } from './dates';
import type { Flag, Policy, PostpaidProjection, SimEvent, SimFacts } from './types';
import { isActivity } from './non-usage';
import { addCustody, postpaidProtection, safeCustodyChargeFlag, type CustodySpan } from './safe-custody';
import { policyBreaches } from './policy';
import { inApplyOrder } from './event-order';

/**
 * Projects a postpaid SIM as of `today`. Events must be valid and dated no later than today.
 * @example projectPostpaid({ connection: 'postpaid', since: '2025-01-01' }, withPolicy(), [], '2026-03-01')
 *   // => { state: 'active', protectedBy: 'monthly_rent', rentalDue: true, protectedUntil: null, … }
 */
export function projectPostpaid(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): PostpaidProjection {
  let lastActivity = sim.since;
  let custody: CustodySpan | null = null;
  let advanceRentThrough: IsoDate | null = null;
  const flags: Flag[] = [...policyBreaches(policy)];
  for (const event of inApplyOrder(events)) {
    if (isActivity(event, policy)) lastActivity = laterOf(lastActivity, event.date)!;
    if (event.type === 'safe_custody') {
      custody = addCustody(custody, event, policy);
      const flag = safeCustodyChargeFlag(event, policy);
      if (flag) flags.push(flag);
    }
    if (event.type === 'advance_rent') advanceRentThrough = laterOf(advanceRentThrough, event.through);
  }
  const { protectedUntil, protectedBy } = postpaidProtection(custody?.until ?? null, advanceRentThrough);
  const isProtected = protectedUntil !== null && protectedUntil >= today;
  const inCustody = custody !== null && custody.until >= today;
  const rentPaidAhead = advanceRentThrough !== null && advanceRentThrough >= today;
  return {
    connection: 'postpaid',
    today,
    state: isProtected ? 'protected' : 'active',
    lastActivity,
    safeCustody: custody,
    advanceRentThrough,
    protectedUntil,
    protectedBy: isProtected ? protectedBy! : 'monthly_rent',
    rentalDue: !inCustody && !rentPaidAhead, // reg 13(3), 13(4)
    nextActionBy: isProtected ? protectedUntil : null,
    restorationWithinHours: 24,
    flags,
  };
}
