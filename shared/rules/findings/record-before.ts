/**
 * Where a prepaid SIM stood just before one recorded event, as the projection (regs 11, 12, 14)
 * replays it: the start of its non-usage period, the deductions already seen, the balance. The
 * findings about ANR deductions and deactivations judge each event against this.
 */
import type { IsoDate } from '../dates';
import type { Policy, PrepaidProjection, SimEvent, SimFacts } from '../types';
import { projectPrepaid } from '../prepaid-projection';

/** A recorded event with the SIM's standing on its day, from every event recorded before it. */
export interface EventInContext<E extends SimEvent = SimEvent> {
  event: E;
  before: PrepaidProjection;
  /** The events recorded before it, in the order the rules apply them. */
  earlier: readonly SimEvent[];
}

/**
 * The projection on `ordered[index].date` from the events before it (events in apply order): what
 * the operator knew, by the rules, the moment it acted.
 * @example
 * // A call on 1 Jan: on 10 Jan the period started 1 Jan and ends 1 Apr (reg 11).
 * recordBefore(sim, policy, [call('2026-01-01'), deactivated('2026-01-10')], 1).before.nonUsageEnds === '2026-04-01'
 */
export function recordBefore<E extends SimEvent>(sim: SimFacts, policy: Policy, ordered: readonly SimEvent[], index: number): EventInContext<E> {
  const event = ordered[index] as E;
  const earlier = ordered.slice(0, index);
  return { event, before: projectPrepaid(sim, policy, earlier, event.date), earlier };
}
