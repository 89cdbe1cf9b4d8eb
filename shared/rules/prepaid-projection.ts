/**
 * The prepaid projection: replays a SIM's history under Chapter IV (regs 11, 12, 14, 15(3)) and
 * projects it forward assuming no more activity.
 *
 * Time runs in whole days. On each liable day L (the first is the end of the non-usage period) the
 * operator either deducts the ANR charge and moves L on by 30 days, or deactivates the connection
 * on L. Events dated L are applied before L's step, so activity on the liable day saves the SIM.
 * "As of today" counts every event up to and including today and every step before today: a step
 * dated today is still ahead, because the user can still act today.
 * Events before the SIM's `since` date move money but not the period: the SIM's life here starts at since.
 */
import { fromDayNumber, laterOf, toDayNumber, type IsoDate } from './dates';
import type { Paise } from './money';
import type {
  AnrDeduction, AnrDeductionEvent, Flag, Policy, PrepaidProjection, PrepaidState, SimEvent, SimFacts,
} from './types';
import { isActivity, nonUsageEndDay } from './non-usage';
import {
  anrCanExtend, anrDeductionFrom, anrOverchargeFlag, anrThresholdFlag, balanceAfterDeduction, observedReplacesProjected,
} from './anr';
import { graceEndsOn, reactivationFeeFlag } from './grace';
import { monetaryValueOf } from './vouchers';
import { planClockFrom, validityEndOf } from './plan-clock';
import { policyBreaches } from './policy';
import { inApplyOrder } from './event-order';

/** How far past today we project. With a large balance ANR could run for centuries. */
export const PROJECTION_HORIZON_DAYS = 3653;

interface Deduction {
  day: number;
  amount: Paise;
  balanceAfter: Paise;
  observed: boolean;
}

/** The replay's running state: one non-usage period at a time. */
class PrepaidReplay {
  periodStart: number;
  liable: number | null;
  balance: Paise = 0;
  /** The day a balance was last recorded: a projected deduction before it cannot be refunded. */
  balanceSetDay = -Infinity;
  deductions: Deduction[] = [];
  deactivationDay: number | null = null;
  deactivationObserved = false;
  validityEnds: IsoDate | null = null;
  readonly flags: Flag[] = [];

  constructor(private readonly policy: Policy, sinceDay: number) {
    this.periodStart = sinceDay;
    this.liable = nonUsageEndDay(sinceDay, policy);
  }

  /** A copy to run on to one day while this one takes the later events (steps only push, so arrays copy shallow). */
  copy(): PrepaidReplay {
    const copy = Object.assign(Object.create(PrepaidReplay.prototype) as PrepaidReplay, this);
    copy.deductions = [...this.deductions];
    (copy as { flags: Flag[] }).flags = [...this.flags];
    return copy;
  }

  /** Runs every liable-day step dated before `day`. */
  stepUntil(day: number): void {
    while (this.liable !== null && this.liable < day) this.step(this.liable);
  }

  private step(liable: number): void {
    if (anrCanExtend(this.balance, this.policy)) {
      const amount = anrDeductionFrom(this.balance, this.policy); // reg 12(1) proviso
      this.balance -= amount;
      this.deductions.push({ day: liable, amount, balanceAfter: this.balance, observed: false });
      this.liable = liable + this.policy.anrExtensionDays; // reg 12(2)
    } else {
      this.deactivationDay = liable; // reg 11 with reg 12(1): nothing left to extend with
      this.deactivationObserved = false;
      this.liable = null;
    }
  }

  /** The next event in apply order: the steps due before its day, then the event. */
  take(event: SimEvent): void {
    const day = toDayNumber(event.date);
    this.stepUntil(day);
    this.apply(event, day);
  }

  private apply(event: SimEvent, day: number): void {
    switch (event.type) {
      case 'recharge':
        this.balance += monetaryValueOf(event);
        // The plan runs to the latest validity end: a short add-on does not cut a longer plan short.
        this.validityEnds = laterOf(this.validityEnds, validityEndOf(event));
        if (isActivity(event, this.policy)) this.activity(day);
        return;
      case 'activity':
        if (isActivity(event, this.policy)) this.activity(day);
        return;
      case 'balance':
        this.balance = event.amount;
        this.balanceSetDay = day;
        return;
      case 'anr_deduction':
        this.observedDeduction(event, day);
        return;
      case 'deactivated':
        // A second deactivation with no reactivation between: the number was evidently live again
        // in between, so the later one stands and grace (reg 14(1)) counts from it.
        if (day < this.periodStart) return;
        this.deactivationDay = day;
        this.deactivationObserved = true;
        this.liable = null;
        return;
      case 'reactivated': {
        if (day < this.periodStart) return; // before the SIM's since date, like activity
        const flag = reactivationFeeFlag(event.date, event.fee, this.policy);
        if (flag) this.flags.push(flag);
        this.startPeriod(day); // reg 14: the number is back, the balance kept
        return;
      }
      default:
        return; // safe custody and advance rent are postpaid schemes (reg 13)
    }
  }

  /**
   * Activity starts a fresh period (reg 12(3)). It also shows that a projected deactivation did not
   * happen; an observed one is definitive until a reactivation.
   */
  private activity(day: number): void {
    if (this.deactivationObserved) return;
    if (day < this.periodStart) return;
    this.startPeriod(day);
  }

  private startPeriod(day: number): void {
    this.periodStart = day;
    this.liable = nonUsageEndDay(day, this.policy);
    this.deductions = []; // earlier deductions are not refunded (Explanatory Memorandum para 5)
    this.deactivationDay = null;
    this.deactivationObserved = false;
  }

  /** The operator's SMS of reg 15(3): the SIM was alive and in ANR on this day. */
  private observedDeduction(event: AnrDeductionEvent, day: number): void {
    if (this.deactivationObserved || day < this.periodStart) return;
    const latest = this.deductions[this.deductions.length - 1];
    if (latest && !latest.observed && observedReplacesProjected(latest.day, day, this.policy)) {
      this.deductions.pop();
      if (this.balanceSetDay <= latest.day) this.balance += latest.amount;
    }
    const overcharge = anrOverchargeFlag(event.date, event.amount, this.policy);
    if (overcharge) this.flags.push(overcharge);
    this.balance = balanceAfterDeduction(this.balance, event.amount);
    this.deductions.push({ day, amount: event.amount, balanceAfter: this.balance, observed: true });
    this.deactivationDay = null;
    this.liable = day + this.policy.anrExtensionDays;
  }
}

function stateOf(replay: PrepaidReplay, todayDay: number, graceEndDay: number | null): PrepaidState {
  const deactivated = replay.deactivationDay !== null && (replay.deactivationObserved || replay.deactivationDay < todayDay);
  if (deactivated) return graceEndDay !== null && graceEndDay < todayDay ? 'lost' : 'deactivated';
  const extended = replay.deductions.some((d) => d.observed || d.day < todayDay);
  return extended ? 'anr' : 'active';
}

/**
 * Projects a prepaid SIM as of `today`. Events must be valid and dated no later than today
 * (see scenario.ts); they are applied in date order, same-date events in the given order.
 * @example
 * // A call on 1 Jan with Rs 45 of balance: ANR takes Rs 20 on 1 Apr and 1 May (reg 12), then the
 * // Rs 5 left cannot keep the number, so it may be deactivated on 31 May, and is held to 15 Jun (reg 14).
 * const projection = projectPrepaid({ connection: 'prepaid', since: '2025-01-01' }, withPolicy(), [
 *   { type: 'activity', kind: 'call_out', date: '2026-01-01' },
 *   { type: 'balance', amount: 4500, date: '2026-01-01' },
 * ], '2026-03-01');
 * //=> { state: 'active', lastActivity: '2026-01-01', nonUsageEnds: '2026-04-01', balance: 4500,
 * //     anrDeductions: [{ date: '2026-04-01', amount: 2000, balanceAfter: 2500, observed: false },
 * //                     { date: '2026-05-01', amount: 2000, balanceAfter: 500, observed: false }],
 * //     deactivation: '2026-05-31', graceEnds: '2026-06-15', … }
 */
export function projectPrepaid(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): PrepaidProjection {
  const replay = new PrepaidReplay(policy, toDayNumber(sim.since));
  for (const event of inApplyOrder(events)) replay.take(event);
  return finish(replay, policy, today);
}

/**
 * projectPrepaid on each of `days` (ascending), each day counting only the events dated up to it,
 * from one replay of the history: a SIM's summary projects a month of days (shared/db/summaries.ts),
 * and replaying 5,000 events once instead of 32 times is most of a restore's projecting.
 * Equal, day by day, to projectPrepaid(sim, policy, events dated <= day, day).
 */
export function projectPrepaidDays(sim: SimFacts, policy: Policy, events: readonly SimEvent[], days: readonly IsoDate[]): PrepaidProjection[] {
  const replay = new PrepaidReplay(policy, toDayNumber(sim.since));
  const ordered = inApplyOrder(events);
  let next = 0;
  return days.map((today) => {
    for (; next < ordered.length && ordered[next]!.date <= today; next++) replay.take(ordered[next]!);
    return finish(replay.copy(), policy, today);
  });
}

/** The projection on `today` from a replay holding every event up to it (the replay is used up). */
function finish(replay: PrepaidReplay, policy: Policy, today: IsoDate): PrepaidProjection {
  const todayDay = toDayNumber(today);
  replay.stepUntil(todayDay);
  const balanceToday = replay.balance;
  const nextLiable = replay.liable;
  replay.stepUntil(todayDay + PROJECTION_HORIZON_DAYS);

  const deactivation = replay.deactivationDay === null ? null : fromDayNumber(replay.deactivationDay);
  const graceEnds = deactivation === null ? null : graceEndsOn(deactivation, policy);
  const graceEndDay = graceEnds === null ? null : toDayNumber(graceEnds);
  return {
    connection: 'prepaid',
    today,
    state: stateOf(replay, todayDay, graceEndDay),
    lastActivity: fromDayNumber(replay.periodStart),
    nonUsageEnds: fromDayNumber(nonUsageEndDay(replay.periodStart, policy)),
    balance: balanceToday,
    anrDeductions: replay.deductions.map(toAnrDeduction),
    nextLiable: nextLiable === null ? null : fromDayNumber(nextLiable),
    deactivation,
    deactivationObserved: replay.deactivationObserved,
    graceEnds,
    plan: planClockFrom(replay.validityEnds, policy),
    flags: [...policyBreaches(policy), ...optional(anrThresholdFlag(policy)), ...replay.flags],
  };
}

function optional<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}

function toAnrDeduction(d: Deduction): AnrDeduction {
  return { date: fromDayNumber(d.day), amount: d.amount, balanceAfter: d.balanceAfter, observed: d.observed };
}
