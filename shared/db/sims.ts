/**
 * Writing and reading SIMs. Every write validates first, then runs in one transaction, so a
 * failure leaves the store as it was, and rewrites the SIM's summary in it (summaries.ts).
 * A deletion is a tombstone (`deleted: true`, a new updatedAt): kept so that a merge with an older
 * copy does not bring the SIM back (merge.ts), and never returned by a read here. Its events stay
 * as they are, hidden with it, so that undo (or a newer edit merged from another device) brings
 * the SIM back whole.
 */
import type { IsoDate } from '../rules/dates';
import { nowTimestamp } from '../clock/timestamp';
import { localToday } from '../clock/today';
import { defaultColour } from './colours';
import type { SimKeeperDb } from './db';
import { simEventsWithTombstones } from './event-months';
import { compareSims } from './sims-order';
import { liveEvents, refreshSummary, storeSummary } from './summaries';
import type { DeletedSim, SimInput, SimRecord } from './types';
import { validateSimInput } from './validate';
import { ValidationError } from './validation-error';

export async function addSim(db: SimKeeperDb, input: SimInput, today: IsoDate): Promise<SimRecord> {
  const fields = validateSimInput(input, today);
  return db.transaction('rw', db.eventTables, async () => {
    // The next palette colour, so that a new SIM looks different from the ones before it.
    const colour = fields.colour ?? defaultColour(await db.sims.filter((sim) => !sim.deleted).count());
    const now = nowTimestamp();
    const sim: SimRecord = { id: crypto.randomUUID(), ...fields, colour, createdAt: now, updatedAt: now };
    await db.sims.add(sim);
    await storeSummary(db, sim, [], today);
    return sim;
  });
}

/** The live SIM, or a ValidationError on `field` when there is none (inside a transaction: it aborts). */
export async function requireSim(db: SimKeeperDb, simId: string, field = 'simId'): Promise<SimRecord> {
  const sim = await db.sims.get(simId);
  if (!sim || sim.deleted) throw new ValidationError(field, 'no_such_sim');
  return sim;
}

/** Changes some fields of a SIM; the result is validated as a whole. */
export async function updateSim(
  db: SimKeeperDb, id: string, changes: Partial<SimInput>, today: IsoDate,
): Promise<SimRecord> {
  return db.transaction('rw', db.eventTables, async () => {
    const existing = await requireSim(db, id, 'id');
    const fields = validateSimInput({ ...existing, ...changes }, today);
    const sim: SimRecord = {
      ...existing, ...fields, colour: fields.colour ?? existing.colour, updatedAt: nowTimestamp(),
    };
    await db.sims.put(sim);
    await refreshSummary(db, sim, today);
    return sim;
  });
}

/**
 * Deletes a SIM (a tombstone) and its reminder states (they are this device's own, never synced);
 * returns what it removed for undo (restoreSim). `events` are the SIM's events, for the caller's
 * information: they stay in the store, hidden with the SIM.
 */
export async function deleteSim(db: SimKeeperDb, id: string): Promise<DeletedSim | null> {
  return db.transaction('rw', [...db.eventTables, db.reminders], async () => {
    const sim = await db.sims.get(id);
    if (!sim || sim.deleted) return null;
    const events = liveEvents(await simEventsWithTombstones(db, id));
    const reminders = await db.reminders.where('simId').equals(id).toArray();
    await db.reminders.bulkDelete(reminders.map((reminder) => reminder.id));
    await db.sims.put({ ...sim, deleted: true, updatedAt: nowTimestamp() });
    await db.summaries.delete(id);
    return { sim, events, reminders };
  });
}

/** Undo of deleteSim: the SIM as it was (with a new updatedAt: the undo is the latest change), its reminder states too. */
export async function restoreSim(db: SimKeeperDb, deleted: DeletedSim, today: IsoDate = localToday()): Promise<void> {
  await db.transaction('rw', [...db.eventTables, db.reminders], async () => {
    const { deleted: _tombstone, ...live } = deleted.sim;
    const sim: SimRecord = { ...live, updatedAt: nowTimestamp() };
    await db.sims.put(sim);
    await db.reminders.bulkPut(deleted.reminders);
    await refreshSummary(db, sim, today);
  });
}

/** The SIM, or undefined when there is none or it was deleted. */
export async function getSim(db: SimKeeperDb, id: string): Promise<SimRecord | undefined> {
  const sim = await db.sims.get(id);
  return sim?.deleted ? undefined : sim;
}

/** Every live SIM in the order they were added. */
export async function listSims(db: SimKeeperDb): Promise<SimRecord[]> {
  const sims = await db.sims.toArray();
  return sims.filter((sim) => !sim.deleted).sort(compareSims);
}
