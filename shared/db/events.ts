/**
 * Writing and reading events. An event needs its SIM: the check runs inside the write's
 * transaction, so a SIM deleted meanwhile cannot leave an orphan event behind.
 */
import { Dexie } from 'dexie';
import type { IsoDate } from '../rules/dates';
import type { SimKeeperDb } from './db';
import { compareEvents } from './event-sort';
import { requireSim } from './sims';
import type { EventChanges, EventInput, EventRecord } from './types';
import { eventRecordOf, validateEventInput } from './validate';
import { ValidationError } from './validation-error';

/** One more than the highest seq in the store. Call inside the write's transaction. */
async function nextSeq(db: SimKeeperDb): Promise<number> {
  const last = await db.events.orderBy('seq').last();
  return (last?.seq ?? 0) + 1;
}

export async function addEvent(db: SimKeeperDb, input: EventInput, today: IsoDate): Promise<EventRecord> {
  const fields = validateEventInput(input, today);
  return db.transaction('rw', db.sims, db.events, async () => {
    await requireSim(db, fields.simId);
    const event = eventRecordOf(fields, crypto.randomUUID(), await nextSeq(db));
    await db.events.add(event);
    return event;
  });
}

/**
 * Changes an event; fields given replace the stored ones, undefined removes an optional field.
 * A change of type keeps only the new type's fields. The event keeps its id and seq.
 */
export async function updateEvent(
  db: SimKeeperDb, id: string, changes: EventChanges, today: IsoDate,
): Promise<EventRecord> {
  return db.transaction('rw', db.sims, db.events, async () => {
    const existing = await db.events.get(id);
    if (!existing) throw new ValidationError('id', 'no_such_event');
    const fields = validateEventInput({ ...existing, ...changes }, today);
    await requireSim(db, fields.simId);
    const event = eventRecordOf(fields, existing.id, existing.seq);
    await db.events.put(event);
    return event;
  });
}

/** Deletes an event and returns it, for undo (restoreEvent); null when there was none. */
export async function deleteEvent(db: SimKeeperDb, id: string): Promise<EventRecord | null> {
  return db.transaction('rw', db.events, async () => {
    const event = await db.events.get(id);
    if (!event) return null;
    await db.events.delete(id);
    return event;
  });
}

/** Undo of deleteEvent. Its SIM must still be there. */
export async function restoreEvent(db: SimKeeperDb, event: EventRecord): Promise<void> {
  await db.transaction('rw', db.sims, db.events, async () => {
    await requireSim(db, event.simId);
    await db.events.put(event);
  });
}

/**
 * A SIM's events in apply order (date, then the order recorded): ready for the projection.
 * The [simId+date] index hands them over in date order already; only events of the same date come
 * in id order, so the sort has a few neighbours to swap rather than a list to order.
 */
export async function eventsForSim(db: SimKeeperDb, simId: string): Promise<EventRecord[]> {
  const events = await db.events
    .where('[simId+date]')
    .between([simId, Dexie.minKey], [simId, Dexie.maxKey])
    .toArray();
  return events.sort(compareEvents);
}

/**
 * Each SIM's events in apply order, read side by side in one transaction (one snapshot). The one
 * place the app orders events for the rules: the screens, the reminder check and the calendar
 * export take these lists as they come (see sims-with-events.ts for why side by side).
 */
export async function eventsBySim(db: SimKeeperDb, simIds: readonly string[]): Promise<Map<string, EventRecord[]>> {
  return db.transaction('r', db.events, async () => {
    const lists = await Promise.all(simIds.map((simId) => eventsForSim(db, simId)));
    return new Map(simIds.map((simId, index) => [simId, lists[index]!]));
  });
}

/** Every event, all SIMs together in apply order (by date first): as a backup file lists them. */
export async function allEvents(db: SimKeeperDb): Promise<EventRecord[]> {
  const events = await db.events.toArray();
  return events.sort(compareEvents);
}
