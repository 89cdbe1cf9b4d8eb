/** One entry point for both kinds of connection. */
import type { IsoDate } from './dates';
import type { Policy, Projection, SimEvent, SimFacts } from './types';
import { projectPrepaid } from './prepaid-projection';
import { projectPostpaid } from './postpaid-projection';

/** Projects a SIM of either kind of connection as of `today`: projectPrepaid or projectPostpaid. */
export function project(sim: SimFacts, policy: Policy, events: readonly SimEvent[], today: IsoDate): Projection {
  return sim.connection === 'prepaid'
    ? projectPrepaid(sim, policy, events, today)
    : projectPostpaid(sim, policy, events, today);
}
