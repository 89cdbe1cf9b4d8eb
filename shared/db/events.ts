/**
 * Writing and reading events. An event needs its SIM: the check runs inside the write's
 * transaction, so a SIM deleted meanwhile cannot leave an orphan event behind. Every write rewrites
 * the SIM's summary in the same transaction (summaries.ts). A deletion is a tombstone: the event is
 * kept with `deleted: true` and a new updatedAt, so that a merge with an older copy cannot bring it
 * back (merge.ts); no read here returns tombstones.
 */
import type { IsoDate } from '../rules/dates';
import { nowTimestamp } from '../clock/timestamp';
import { localToday } from '../clock/today';
import type { SimKeeperDb } from './db';
import { compareEvents } from './event-sort';
import { dropEvent, findEvent, simEventsWithTombstones, writeSimEvents, type EventPlace } from './event-months';
import { liveEvents, storeSummary } from './summaries';
import { requireSim } from './sims';
import type { EventChanges, EventInput, EventRecord } from './types';
import { eventRecordOf, validateEventInput } from './validate';
import { ValidationError } from './validation-error';

/** One more than the highest seq the SIM has seen, tombstones and merged events included (types.ts: seq). */
function nextSeq(events: readonly EventRecord[]): number {
  return events.reduce((max, event) => Math.max(max, event.seq), 0) + 1;
}

/** Writes `changed` into its SIM's months and rewrites the SIM's summary. Inside a transaction. */
async function writeAndSummarise(db: SimKeeperDb, simId: string, changed: EventRecord[], today: IsoDate): Promise<void> {
  const sim = await requireSim(db, simId);
  await storeSummary(db, sim, await writeSimEvents(db, simId, changed), today);
}

export async function addEvent(db: SimKeeperDb, input: EventInput, today: IsoDate): Promise<EventRecord> {
  const fields = validateEventInput(input, today);
  return db.transaction('rw', db.eventTables, async () => {
    await requireSim(db, fields.simId);
    const seq = nextSeq(await simEventsWithTombstones(db, fields.simId));
    const event: EventRecord = { ...eventRecordOf(fields, crypto.randomUUID(), seq), updatedAt: nowTimestamp() };
    await writeAndSummarise(db, fields.simId, [event], today);
    return event;
  });
}

/** The live (not deleted) event with this id, or a ValidationError on 'id'. */
async function requireEvent(db: SimKeeperDb, id: string, where?: EventPlace): Promise<EventRecord> {
  const event = await findEvent(db, id, where);
  if (!event || event.deleted) throw new ValidationError('id', 'no_such_event');
  return event;
}

/**
 * Changes an event; fields given replace the stored ones, undefined removes an optional field.
 * A change of type keeps only the new type's fields. The event keeps its id and seq. `where`: the
 * event as the caller holds it, to find it without searching the store (event-months.ts: findEvent).
 */
export async function updateEvent(
  db: SimKeeperDb, id: string, changes: EventChanges, today: IsoDate, where?: EventPlace,
): Promise<EventRecord> {
  return db.transaction('rw', db.eventTables, async () => {
    const existing = await requireEvent(db, id, where);
    const fields = validateEventInput({ ...existing, ...changes }, today);
    await requireSim(db, fields.simId);
    const event: EventRecord = { ...eventRecordOf(fields, existing.id, existing.seq), updatedAt: nowTimestamp() };
    if (event.simId !== existing.simId) {
      // Moved to another SIM: gone from the first one's months (the id lives on in the other's).
      await dropEvent(db, existing);
      await writeAndSummarise(db, existing.simId, [], today);
    }
    await writeAndSummarise(db, event.simId, [event], today);
    return event;
  });
}

/**
 * Deletes an event (a tombstone) and returns it as it was, for undo (restoreEvent); null when there
 * was none. `today` is for the SIM's summary; `where` as for updateEvent.
 */
export async function deleteEvent(db: SimKeeperDb, id: string, today: IsoDate = localToday(), where?: EventPlace): Promise<EventRecord | null> {
  return db.transaction('rw', db.eventTables, async () => {
    const event = await findEvent(db, id, where);
    if (!event || event.deleted) return null;
    await writeAndSummarise(db, event.simId, [{ ...event, deleted: true, updatedAt: nowTimestamp() }], today);
    return event;
  });
}

/** Undo of deleteEvent: the event as it was, with a new updatedAt (the undo is the latest change). Its SIM must still be there. */
export async function restoreEvent(db: SimKeeperDb, event: EventRecord, today: IsoDate = localToday()): Promise<void> {
  await db.transaction('rw', db.eventTables, async () => {
    const { deleted: _tombstone, ...live } = event;
    await writeAndSummarise(db, event.simId, [{ ...live, updatedAt: nowTimestamp() }], today);
  });
}

/** A SIM's events in apply order (date, then the order recorded), without tombstones: ready for the projection. */
export async function eventsForSim(db: SimKeeperDb, simId: string): Promise<EventRecord[]> {
  return liveEvents(await simEventsWithTombstones(db, simId));
}

/**
 * Each SIM's events in apply order, read side by side in one transaction (one snapshot). The one
 * place the app orders events for the rules: the screens, the reminder check and the calendar
 * export take these lists as they come.
 */
export async function eventsBySim(db: SimKeeperDb, simIds: readonly string[]): Promise<Map<string, EventRecord[]>> {
  return db.transaction('r', db.eventMonths, async () => {
    const lists = await Promise.all(simIds.map((simId) => eventsForSim(db, simId)));
    return new Map(simIds.map((simId, index) => [simId, lists[index]!]));
  });
}

/** Every event, tombstones included, all SIMs together in apply order (by date first): as a backup file lists them. */
export async function allEventsWithTombstones(db: SimKeeperDb): Promise<EventRecord[]> {
  const months = await db.eventMonths.toArray();
  return months.flatMap((month) => month.events).sort(compareEvents);
}

/** Every live event of every live SIM, all together in apply order (by date first). */
export async function allEvents(db: SimKeeperDb): Promise<EventRecord[]> {
  return db.transaction('r', db.sims, db.eventMonths, async () => {
    const deletedSims = new Set((await db.sims.toArray()).filter((sim) => sim.deleted).map((sim) => sim.id));
    return liveEvents(await allEventsWithTombstones(db)).filter((event) => !deletedSims.has(event.simId));
  });
}
