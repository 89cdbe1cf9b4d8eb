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
  const history = new PostpaidHistory(sim, policy);
  for (const event of inApplyOrder(events)) history.take(event);
  return history.on(today);
}

/**
 * projectPostpaid on each of `days` (ascending), each day counting only the events dated up to it,
 * from one pass over the history (as projectPrepaidDays, for a SIM's summary).
 */
export function projectPostpaidDays(sim: SimFacts, policy: Policy, events: readonly SimEvent[], days: readonly IsoDate[]): PostpaidProjection[] {
  const history = new PostpaidHistory(sim, policy);
  const ordered = inApplyOrder(events);
  let next = 0;
  return days.map((today) => {
    for (; next < ordered.length && ordered[next]!.date <= today; next++) history.take(ordered[next]!);
    return history.on(today);
  });
}

/** What the events so far say: the latest activity, custody and rent paid ahead. */
class PostpaidHistory {
  lastActivity: IsoDate;
  custody: CustodySpan | null = null;
  advanceRentThrough: IsoDate | null = null;
  readonly flags: Flag[];

  constructor(sim: SimFacts, private readonly policy: Policy) {
    this.lastActivity = sim.since;
    this.flags = [...policyBreaches(policy)];
  }

  take(event: SimEvent): void {
    if (isActivity(event, this.policy)) this.lastActivity = laterOf(this.lastActivity, event.date)!;
    if (event.type === 'safe_custody') {
      this.custody = addCustody(this.custody, event, this.policy);
      const flag = safeCustodyChargeFlag(event, this.policy);
      if (flag) this.flags.push(flag);
    }
    if (event.type === 'advance_rent') this.advanceRentThrough = laterOf(this.advanceRentThrough, event.through);
  }

  on(today: IsoDate): PostpaidProjection {
    const { custody, advanceRentThrough } = this;
    const { protectedUntil, protectedBy } = postpaidProtection(custody?.until ?? null, advanceRentThrough);
    const isProtected = protectedUntil !== null && protectedUntil >= today;
    const inCustody = custody !== null && custody.until >= today;
    const rentPaidAhead = advanceRentThrough !== null && advanceRentThrough >= today;
    return {
      connection: 'postpaid',
      today,
      state: isProtected ? 'protected' : 'active',
      lastActivity: this.lastActivity,
      safeCustody: custody,
      advanceRentThrough,
      protectedUntil,
      protectedBy: isProtected ? protectedBy! : 'monthly_rent',
      rentalDue: !inCustody && !rentPaidAhead, // reg 13(3), 13(4)
      nextActionBy: isProtected ? protectedUntil : null,
      restorationWithinHours: 24,
      flags: [...this.flags],
    };
  }
}
