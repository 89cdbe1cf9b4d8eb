/**
 * The views the screens show when only some SIMs' events are read: a SIM whose events are in is
 * projected from them (its page lists its history); the others take the projection of their
 * summary, which for today is exactly what projecting their events would give (shared/db/summaries.ts).
 * Ordered as simViews orders them, most urgent first, ties in the order the SIMs were added.
 */
import type { EventRecord, SimRecord } from '../../db';
import type { IsoDate } from '../../rules/dates';
import { compareRisk } from '../../rules/risk';
import type { Projection } from '../../rules/types';
import { simViewOf, simViewsFromProjections, type SimView } from '../../views/sim-views';

export function loadedViews(
  sims: readonly SimRecord[],
  projections: ReadonlyMap<string, Projection>,
  eventsBySim: ReadonlyMap<string, readonly EventRecord[]>,
  today: IsoDate,
): SimView[] {
  const summarised = new Map(simViewsFromProjections(sims.filter((sim) => !eventsBySim.has(sim.id)), projections).map((view) => [view.sim.id, view]));
  return sims
    .map((sim, index) => {
      const events = eventsBySim.get(sim.id);
      return { view: events ? simViewOf(sim, events, today) : summarised.get(sim.id)!, index };
    })
    .sort((a, b) => compareRisk(a.view.risk, b.view.risk) || a.index - b.index)
    .map(({ view }) => view);
}
