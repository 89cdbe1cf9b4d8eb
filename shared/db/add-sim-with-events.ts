/**
 * A new SIM with what the user already knows of it (the last recharge, the balance today), written
 * in one transaction: the SIM never exists without the events that make its first projection right
 * (issue 7, item 5), and a refused event leaves no SIM behind.
 */
import type { IsoDate } from '../rules/dates';
import type { SimEvent } from '../rules/types';
import { nowTimestamp } from '../clock/timestamp';
import { collectErrors } from '../validation/collect-errors';
import { underPath } from '../validation/validation-error';
import { defaultColour } from './colours';
import type { SimKeeperDb } from './db';
import { writeSimEvents } from './event-months';
import { storeSummary } from './summaries';
import type { EventRecord, SimInput, SimRecord } from './types';
import { eventRecordOf, validateEvent, validateSimInput } from './validate';

/**
 * Adds the SIM and its first events; every problem of the SIM and of the events (named
 * 'events[1].amount') is thrown together before anything is written.
 */
export async function addSimWithEvents(
  db: SimKeeperDb, input: SimInput, events: readonly SimEvent[], today: IsoDate,
): Promise<SimRecord> {
  const errors = collectErrors();
  const fields = errors.check(() => validateSimInput(input, today));
  const checked = events.map((event, i) => errors.check(() => underPath(`events[${i}]`, () => validateEvent(event, today))));
  errors.done();
  return db.transaction('rw', db.eventTables, async () => {
    const colour = fields.colour ?? defaultColour(await db.sims.filter((sim) => !sim.deleted).count());
    const now = nowTimestamp();
    const sim: SimRecord = { id: crypto.randomUUID(), ...fields, colour, createdAt: now, updatedAt: now };
    await db.sims.add(sim);
    const records: EventRecord[] = checked.map((event, i) => ({
      ...eventRecordOf({ event, simId: sim.id, source: 'manual' }, crypto.randomUUID(), i + 1), updatedAt: now,
    }));
    await storeSummary(db, sim, await writeSimEvents(db, sim.id, records), today);
    return sim;
  });
}
