/** One entry point for both kinds of connection. */
import type { IsoDate } from './dates';
import type { Policy, Projection, SimEvent, SimFacts } from './types';
import { projectPrepaid, projectPrepaidDays } from './prepaid-projection';
import { projectPostpaid, projectPostpaidDays } from './postpaid-projection';

/** Projects a SIM of either kind of connection as of `today`: projectPrepaid or projectPostpaid. */
export function project(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): Projection {
  return sim.connection === 'prepaid'
    ? projectPrepaid(sim, policy, events, today)
    : projectPostpaid(sim, policy, events, today);
}

/**
 * `project` on each of `days` (ascending), each counting only the events dated up to that day, in
 * one pass over the events: equal to project(sim, policy, events dated <= day, day) for every day.
 */
export function projectDays(sim: SimFacts, policy: Policy, events: readonly SimEvent[], days: readonly IsoDate[]): Projection[] {
  return sim.connection === 'prepaid'
    ? projectPrepaidDays(sim, policy, events, days)
    : projectPostpaidDays(sim, policy, events, days);
}
