/**
 * What the screens show for each SIM: its projection under the rules, its risk and the deadlines
 * ahead, most urgent SIM first. Pure: the same records and today give the same views.
 */
import type { EventRecord, SimRecord } from '../../../shared/db';
import type { IsoDate } from '../../../shared/rules/dates';
import { deadlinesOf, type Deadline } from '../../../shared/rules/deadlines';
import { project } from '../../../shared/rules/project';
import { compareRisk, riskOf, type Risk } from '../../../shared/rules/risk';
import type { Projection } from '../../../shared/rules/types';

export interface SimView {
  sim: SimRecord;
  /** The SIM's events in apply order (date, then the order recorded). */
  events: EventRecord[];
  projection: Projection;
  risk: Risk;
  deadlines: Deadline[];
}

function byApplyOrder(a: EventRecord, b: EventRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.seq - b.seq;
}

export function simViewOf(sim: SimRecord, events: readonly EventRecord[], today: IsoDate): SimView {
  const own = events.filter((event) => event.simId === sim.id).sort(byApplyOrder);
  const projection = project(sim, sim.policy, own, today);
  return { sim, events: own, projection, risk: riskOf(projection), deadlines: deadlinesOf(projection) };
}

/** Every SIM's view, most urgent first; ties keep the order the SIMs were added. */
export function simViews(sims: readonly SimRecord[], events: readonly EventRecord[], today: IsoDate): SimView[] {
  const bySim = new Map<string, EventRecord[]>();
  for (const event of events) {
    const list = bySim.get(event.simId);
    if (list) list.push(event);
    else bySim.set(event.simId, [event]);
  }
  const views = sims.map((sim) => simViewOf(sim, bySim.get(sim.id) ?? [], today));
  return views
    .map((view, index) => ({ view, index }))
    .sort((a, b) => compareRisk(a.view.risk, b.view.risk) || a.index - b.index)
    .map(({ view }) => view);
}
