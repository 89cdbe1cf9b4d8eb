/** One entry point for both kinds of connection, and for a SIM whose operator closed (closure.ts). */
import type { IsoDate } from './dates';
import type { Policy, Projection, SimEvent, SimFacts } from './types';
import { projectPrepaid } from './prepaid-projection';
import { projectPostpaid } from './postpaid-projection';
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
