/**
 * What home reads: every live SIM and its projection for today, from the summaries (summaries.ts),
 * one small record per SIM whatever the length of its history. A SIM whose summary is missing
 * (just upgraded from version 2) or does not cover today (the app not opened for a month) has its
 * events read once and its summary made again.
 */
import type { IsoDate } from '../rules/dates';
import type { Projection } from '../rules/types';
import type { SimKeeperDb } from './db';
import { listSims } from './sims';
import { projectionFromSummary, refreshSummary } from './summaries';
import type { SimRecord } from './types';

export interface SimsWithSummaries {
  /** In the order they were added. */
  sims: SimRecord[];
  /** Each SIM's projection for today; every SIM has one. */
  projections: Map<string, Projection>;
}

async function fromSummaries(db: SimKeeperDb, today: IsoDate): Promise<{ sims: SimRecord[]; projections: Map<string, Projection>; stale: SimRecord[] }> {
  return db.transaction('r', db.sims, db.summaries, async () => {
    const sims = await listSims(db);
    const summaries = await db.summaries.bulkGet(sims.map((sim) => sim.id));
    const projections = new Map<string, Projection>();
    const stale: SimRecord[] = [];
    sims.forEach((sim, index) => {
      const projection = projectionFromSummary(summaries[index], today);
      if (projection) projections.set(sim.id, projection);
      else stale.push(sim);
    });
    return { sims, projections, stale };
  });
}

export async function simsWithSummaries(db: SimKeeperDb, today: IsoDate): Promise<SimsWithSummaries> {
  const read = await fromSummaries(db, today);
  if (read.stale.length === 0) return read;
  await db.transaction('rw', db.eventTables, async () => {
    for (const sim of read.stale) {
      const current = await db.sims.get(sim.id);
      if (current && !current.deleted) await refreshSummary(db, current, today);
    }
  });
  return fromSummaries(db, today);
}
