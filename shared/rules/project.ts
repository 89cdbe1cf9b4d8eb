/** One entry point for both kinds of connection, and for a SIM whose operator closed (closure.ts). */
import type { IsoDate } from './dates';
import type { Policy, Projection, SimEvent, SimFacts } from './types';
import { projectPrepaid, projectPrepaidDays } from './prepaid-projection';
import { projectPostpaid, projectPostpaidDays } from './postpaid-projection';
import { projectClosed } from './closure';

/**
 * Projects a SIM of either kind of connection as of `today`: projectPrepaid or projectPostpaid,
 * or, once the operator has closed its services, projectClosed.
 */
export function project(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): Projection {
  const closed = projectClosed(sim, policy, events, today);
  if (closed !== null) return closed;
  return sim.connection === 'prepaid'
    ? projectPrepaid(sim, policy, events, today)
    : projectPostpaid(sim, policy, events, today);
}

/**
 * `project` on each of `days` (ascending), each counting only the events dated up to that day, in
 * one pass over the events: equal to project(sim, policy, events dated <= day, day) for every day.
 */
export function projectDays(sim: SimFacts, policy: Policy, events: readonly SimEvent[], days: readonly IsoDate[]): Projection[] {
  const open = sim.connection === 'prepaid'
    ? projectPrepaidDays(sim, policy, events, days)
    : projectPostpaidDays(sim, policy, events, days);
  // From an operator's closure on, the closed projection stands in (as in `project`); closures are
  // rare, so those days are projected one by one.
  if (!events.some((event) => event.type === 'operator_closed')) return open;
  return open.map((projection, index) => projectClosed(sim, policy, events, days[index]!) ?? projection);
}
