/**
 * When an operator closes its services (as RCom and RTL did in 2017-18). This is not one of
 * regs 11-15: on 19 January 2018 TRAI directed RCom and RTL to refund the unused balance of their
 * prepaid customers and the security deposits of their postpaid ones, and to report compliance
 * within weeks. Once the user records the closure (an `operator_closed` event), the operator no
 * longer serves the SIM: nothing the non-usage rules of regs 11-14 would do after that day is
 * projected, and what remains is the refund, tracked until the refunds received cover it.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import type { Paise } from './money';
import type {
  Closure, ClosureRefund, OperatorClosedEvent, Policy, PostpaidProjection, PrepaidProjection, SimEvent, SimFacts,
} from './types';
import { projectPrepaid } from './prepaid-projection';
import { projectPostpaid } from './postpaid-projection';
import { shutdownRefund } from './findings/shutdown-refund';

/**
 * Days between refund reminders: the first a month after the closure, then monthly until refunded.
 * TRAI asked for compliance within weeks; a month gives the operator time to pay and the user a
 * nudge while the claim is fresh, without nagging daily.
 */
export const REFUND_REMINDER_DAYS = 30;

/** The closure on record: the earliest `operator_closed` event (an operator closes once), or null. */
export function closureEvent(events: readonly SimEvent[]): OperatorClosedEvent | null {
  let first: OperatorClosedEvent | null = null;
  for (const event of events) {
    if (event.type === 'operator_closed' && (first === null || event.date < first.date)) first = event;
  }
  return first;
}

/** The latest balance reading on or before `day`, or null. */
function lastReadingOn(events: readonly SimEvent[], day: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const event of events) if (event.type === 'balance' && event.date <= day && (latest === null || event.date > latest)) latest = event.date;
  return latest;
}

/**
 * What the operator owes and what it has paid: refunds and claims count from the closing day on
 * (a refund before the closure answers nothing the closure owes).
 * @example
 * // ₹100 read on 1 Jan after a call, closed 15 Apr (ANR took ₹20 on 1 Apr), ₹50 refunded on 1 Jun.
 * closureRefund(prepaid, withPolicy(), events, closed('2026-04-15'))
 * //=> { due: 8000, basis: 'balance', certainty: 'clear', readOn: '2026-01-01', received: 5000, outstanding: 3000, … }
 */
export function closureRefund(sim: SimFacts, policy: Policy, events: readonly SimEvent[], closed: OperatorClosedEvent): ClosureRefund {
  const owed = shutdownRefund(sim, policy, events, closed.date, closed.securityDeposit ?? null);
  const due: Paise = owed?.amount ?? 0;
  let received: Paise = 0;
  let claimedOn: IsoDate | null = null;
  let refundedOn: IsoDate | null = null;
  for (const event of [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (event.date < closed.date) continue;
    if (event.type === 'refund_claimed' && claimedOn === null) claimedOn = event.date;
    if (event.type !== 'refund_received') continue;
    received += event.amount;
    if (refundedOn === null && due > 0 && received >= due) refundedOn = event.date;
  }
  return {
    due,
    basis: sim.connection === 'prepaid' ? 'balance' : owed === null ? 'none' : 'deposit',
    certainty: owed?.certainty ?? 'clear',
    readOn: sim.connection === 'prepaid' ? lastReadingOn(events, closed.date) : null,
    received,
    outstanding: Math.max(0, due - received),
    claimedOn,
    refundedOn,
  };
}

/** Events up to and including `day`: the record of the operator while it still served the SIM. */
function upTo(events: readonly SimEvent[], day: IsoDate): SimEvent[] {
  return events.filter((event) => event.date <= day);
}

/** A date the rules would have reached after the closure is not going to happen: null. */
function before(date: IsoDate | null, closedOn: IsoDate): IsoDate | null {
  return date !== null && date < closedOn ? date : null;
}

/**
 * A prepaid SIM whose operator closed on `closure.closedOn`: the record up to that day, with no
 * deduction, deactivation or plan date from that day on (the operator no longer serves it).
 */
function closedPrepaid(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate, closure: Closure): PrepaidProjection {
  const { closedOn } = closure;
  const base = projectPrepaid(sim, policy, upTo(events, closedOn), closedOn);
  const deactivation = before(base.deactivation, closedOn);
  return {
    ...base,
    today,
    state: 'closed',
    anrDeductions: base.anrDeductions.filter((d) => d.date < closedOn),
    nextLiable: null,
    deactivation,
    deactivationObserved: deactivation !== null && base.deactivationObserved,
    graceEnds: deactivation === null ? null : base.graceEnds,
    plan: {
      validityEnds: before(base.plan.validityEnds, closedOn),
      outgoingBarredFrom: before(base.plan.outgoingBarredFrom, closedOn),
      incomingBarredFrom: before(base.plan.incomingBarredFrom, closedOn),
      suspension: before(base.plan.suspension, closedOn),
    },
    closure,
  };
}

/** A postpaid SIM whose operator closed: no rent is due and no protection needs renewing. */
function closedPostpaid(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate, closure: Closure): PostpaidProjection {
  const base = projectPostpaid(sim, policy, upTo(events, closure.closedOn), closure.closedOn);
  return { ...base, today, state: 'closed', rentalDue: false, nextActionBy: null, closure };
}

/**
 * The projection of a SIM whose operator closed its services, or null when no closure is on record
 * (or it is dated after today): then regs 11-15 apply as ever.
 * @example
 * // ₹100 read on 1 Jan after a call; the operator closed on 15 Apr: ₹80 is due, nothing is ahead.
 * projectClosed(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000), closed('2026-04-15')], '2026-06-01')
 * //=> { state: 'closed', balance: 8000, deactivation: null, closure: { closedOn: '2026-04-15', refund: { due: 8000, … } }, … }
 */
export function projectClosed(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): PrepaidProjection | PostpaidProjection | null {
  const closed = closureEvent(events);
  if (closed === null || closed.date > today) return null;
  const own = upTo(events, today);
  const closure: Closure = { closedOn: closed.date, refund: closureRefund(sim, policy, own, closed) };
  return sim.connection === 'prepaid'
    ? closedPrepaid(sim, policy, own, today, closure)
    : closedPostpaid(sim, policy, own, today, closure);
}

/**
 * The day of the refund reminder due today: every REFUND_REMINDER_DAYS after the closure, the
 * latest such day reached, while some refund is outstanding; null before the first or once refunded.
 * @example refundReminderDay({ closedOn: '2026-01-01', refund: { outstanding: 5000, … } }, '2026-03-05') === '2026-03-02'
 */
export function refundReminderDay(closure: Closure, today: IsoDate): IsoDate | null {
  if (closure.refund.outstanding <= 0) return null;
  const cycles = Math.floor(daysBetween(closure.closedOn, today) / REFUND_REMINDER_DAYS);
  return cycles < 1 ? null : addDays(closure.closedOn, cycles * REFUND_REMINDER_DAYS);
}
