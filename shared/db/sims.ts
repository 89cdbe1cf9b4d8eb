/**
 * Writing and reading SIMs. Every write validates first, then runs in one transaction, so a
 * failure leaves the store as it was.
 */
import type { IsoDate } from '../rules/dates';
import { nowTimestamp } from '../clock/timestamp';
import { defaultColour } from './colours';
import type { SimKeeperDb } from './db';
import type { DeletedSim, SimInput, SimRecord } from './types';
import { validateSimInput } from './validate';
import { ValidationError } from './validation-error';

export async function addSim(db: SimKeeperDb, input: SimInput, today: IsoDate): Promise<SimRecord> {
  const fields = validateSimInput(input, today);
  return db.transaction('rw', db.sims, async () => {
    // The next palette colour, so that a new SIM looks different from the ones before it.
    const colour = fields.colour ?? defaultColour(await db.sims.count());
    const now = nowTimestamp();
    const sim: SimRecord = { id: crypto.randomUUID(), ...fields, colour, createdAt: now, updatedAt: now };
    await db.sims.add(sim);
    return sim;
  });
}

/** The SIM, or a ValidationError on `field` when there is none (inside a transaction: it aborts). */
export async function requireSim(db: SimKeeperDb, simId: string, field = 'simId'): Promise<SimRecord> {
  const sim = await db.sims.get(simId);
  if (!sim) throw new ValidationError(field, 'no_such_sim');
  return sim;
}

/** Changes some fields of a SIM; the result is validated as a whole. */
export async function updateSim(
  db: SimKeeperDb, id: string, changes: Partial<SimInput>, today: IsoDate,
): Promise<SimRecord> {
  return db.transaction('rw', db.sims, async () => {
    const existing = await requireSim(db, id, 'id');
    const fields = validateSimInput({ ...existing, ...changes }, today);
    const sim: SimRecord = {
      ...existing, ...fields, colour: fields.colour ?? existing.colour, updatedAt: nowTimestamp(),
    };
    await db.sims.put(sim);
    return sim;
  });
}

/** Deletes a SIM with its events and reminder states; returns them all for undo (restoreSim). */
export async function deleteSim(db: SimKeeperDb, id: string): Promise<DeletedSim | null> {
  return db.transaction('rw', db.sims, db.events, db.reminders, async () => {
    const sim = await db.sims.get(id);
    if (!sim) return null;
    const events = await db.events.where('simId').equals(id).toArray();
    const reminders = await db.reminders.where('simId').equals(id).toArray();
    await db.events.bulkDelete(events.map((event) => event.id));
    await db.reminders.bulkDelete(reminders.map((reminder) => reminder.id));
    await db.sims.delete(id);
    return { sim, events, reminders };
  });
}

/** Undo of deleteSim: puts back exactly what it removed, ids and order unchanged. */
export async function restoreSim(db: SimKeeperDb, deleted: DeletedSim): Promise<void> {
  await db.transaction('rw', db.sims, db.events, db.reminders, async () => {
    await db.sims.put(deleted.sim);
    await db.events.bulkPut(deleted.events);
    await db.reminders.bulkPut(deleted.reminders);
  });
}

export async function getSim(db: SimKeeperDb, id: string): Promise<SimRecord | undefined> {
  return db.sims.get(id);
}

/** Every SIM in the order they were added, which is the order their colours were given. */
export async function listSims(db: SimKeeperDb): Promise<SimRecord[]> {
  const sims = await db.sims.toArray();
  return sims.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
