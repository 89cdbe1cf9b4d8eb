/**
 * What the screens show for each SIM: its projection under the rules, its risk and the deadlines
 * ahead, most urgent SIM first. Pure: the same records and today give the same views.
 */
import type { EventRecord, SimRecord } from '../db';
import type { IsoDate } from '../rules/dates';
import { deadlinesOf, type Deadline } from '../rules/deadlines';
import { project } from '../rules/project';
import { compareRisk, riskOf, type Risk } from '../rules/risk';
import type { Projection } from '../rules/types';

export interface SimView {
  sim: SimRecord;
  /** The SIM's events up to today, in apply order (date, then the order recorded). */
  events: readonly EventRecord[];
  projection: Projection;
  risk: Risk;
  deadlines: Deadline[];
}

/**
 * Events dated after today wait for their day (a clock set back, a trip across time zones). The
 * list is in date order, so they are its tail: usually there is none, and the list is kept as is.
 */
function upTo(events: readonly EventRecord[], today: IsoDate): readonly EventRecord[] {
  let end = events.length;
  while (end > 0 && events[end - 1]!.date > today) end--;
  return end === events.length ? events : events.slice(0, end);
}

/** One SIM's view. `events` are the SIM's own, in apply order as eventsForSim reads them: not sorted again here. */
export function simViewOf(sim: SimRecord, events: readonly EventRecord[], today: IsoDate): SimView {
  const own = upTo(events, today);
  const projection = project(sim, sim.policy, own, today);
  return { sim, events: own, projection, risk: riskOf(projection), deadlines: deadlinesOf(projection) };
}

/**
 * Every SIM's view, most urgent first; ties keep the order the SIMs were added. `eventsBySim` holds
 * each SIM's events in apply order (eventsBySim in shared/db); a SIM missing from it has none.
 */
export function simViews(
  sims: readonly SimRecord[], eventsBySim: ReadonlyMap<string, readonly EventRecord[]>, today: IsoDate,
): SimView[] {
  const views = sims.map((sim) => simViewOf(sim, eventsBySim.get(sim.id) ?? [], today));
  return views
    .map((view, index) => ({ view, index }))
    .sort((a, b) => compareRisk(a.view.risk, b.view.risk) || a.index - b.index)
    .map(({ view }) => view);
}

/**
 * Every SIM's view from projections already made (the store's summaries, for home's first render):
 * most urgent first, as simViews orders them. `events` is empty: these views are for home, which
 * shows no history.
 */
export function simViewsFromProjections(sims: readonly SimRecord[], projections: ReadonlyMap<string, Projection>): SimView[] {
  return sims
    .map((sim, index) => {
      const projection = projections.get(sim.id)!;
      return { view: { sim, events: [], projection, risk: riskOf(projection), deadlines: deadlinesOf(projection) }, index };
    })
    .sort((a, b) => compareRisk(a.view.risk, b.view.risk) || a.index - b.index)
    .map(({ view }) => view);
}
