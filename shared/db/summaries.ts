/**
 * One summary per SIM: what home shows (its projection, hence state, next deadline and risk), so
 * that home's first render reads one small record per SIM however long the history is.
 *
 * A projection depends on today, and days pass without writes. So a summary holds the projection
 * of every day from the write to HORIZON_DAYS later, stored once per change (most days only `today`
 * differs): for any day in that range it gives exactly what projecting the events would. Outside
 * it (the app not opened for a month, a clock set back) the SIM's events are read and the summary
 * made again. Every write to a SIM or its events rewrites its summary in the same transaction.
 */
import { addDays, type IsoDate } from '../rules/dates';
import { projectDays } from '../rules/project';
import type { Projection } from '../rules/types';
import type { SimKeeperDb } from './db';
import { simEventsWithTombstones } from './event-months';
import type { EventRecord, SimRecord, SimSummaryRecord } from './types';

/** A month: the app opened at least monthly never reads events for home. */
export const HORIZON_DAYS = 31;

/** The events that count: tombstones are kept for merges, never shown or projected. */
export function liveEvents(events: readonly EventRecord[]): EventRecord[] {
  return events.filter((event) => !event.deleted);
}

/** A projection without its day, to see whether the next day's differs in anything else. */
function shapeOf(projection: Projection): string {
  return JSON.stringify({ ...projection, today: '' });
}

/** The summary of a SIM whose live events, in apply order, are `events`, made on `today`. */
export function summaryOf(sim: SimRecord, events: readonly EventRecord[], today: IsoDate): SimSummaryRecord {
  const days = Array.from({ length: HORIZON_DAYS + 1 }, (_, offset) => addDays(today, offset));
  // One replay of the history for the whole horizon (projectDays): a restore makes 20 summaries of 5,000 events.
  const projections = projectDays(sim, sim.policy, events, days);
  const segments: SimSummaryRecord['segments'] = [];
  let last = '';
  projections.forEach((projection, index) => {
    const shape = shapeOf(projection);
    if (shape !== last) segments.push({ from: days[index]!, projection });
    last = shape;
  });
  return { simId: sim.id, projectedOn: today, horizonEnds: addDays(today, HORIZON_DAYS), segments, eventCount: events.length };
}

/** The projection for `today` from a summary, or null when today is outside its horizon. */
export function projectionFromSummary(summary: SimSummaryRecord | undefined, today: IsoDate): Projection | null {
  if (!summary || today < summary.projectedOn || today > summary.horizonEnds) return null;
  const segment = summary.segments.findLast((s) => s.from <= today);
  return segment ? { ...segment.projection, today } : null;
}

/**
 * Rewrites a SIM's summary from `events` (all of them, tombstones included, in apply order); a
 * deleted SIM has none. Call inside the write's transaction.
 */
export async function storeSummary(db: SimKeeperDb, sim: SimRecord, events: readonly EventRecord[], today: IsoDate): Promise<void> {
  if (sim.deleted) await db.summaries.delete(sim.id);
  else await db.summaries.put(summaryOf(sim, liveEvents(events), today));
}

/** Reads the SIM's events and rewrites its summary. Call inside a transaction over db.eventTables. */
export async function refreshSummary(db: SimKeeperDb, sim: SimRecord, today: IsoDate): Promise<void> {
  await storeSummary(db, sim, await simEventsWithTombstones(db, sim.id), today);
}
