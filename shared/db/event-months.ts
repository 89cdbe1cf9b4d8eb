/**
 * Events are stored a month of one SIM per record (schema.ts, version 3). This file turns event
 * lists into month records and back, and reads and rewrites one SIM's months.
 *
 * Why months: in Chromium each IndexedDB record costs about the same to write and read whatever
 * its size, so one record per event made a 100,000-event restore take about 24 s; a month of daily
 * events is about 30 per record, and an edit rewrites one small record, not a SIM's whole history
 * (issue 6's figures; not yet measured for this layout by `npm run bench`).
 */
import type { SimKeeperDb } from './db';
import { compareEvents } from './event-sort';
import type { EventMonthRecord, EventRecord } from './types';

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

function monthKey(record: Pick<EventMonthRecord, 'simId' | 'month'>): string {
  return `${record.simId}\u0000${record.month}`;
}

/** The month records holding `events` (tombstones too), each month's events in apply order. */
export function groupByMonth(events: readonly EventRecord[]): EventMonthRecord[] {
  const months = new Map<string, EventMonthRecord>();
  for (const event of events) {
    const month: EventMonthRecord = { simId: event.simId, month: monthOf(event.date), events: [] };
    const record = months.get(monthKey(month)) ?? months.set(monthKey(month), month).get(monthKey(month))!;
    record.events.push(event);
  }
  for (const record of months.values()) record.events.sort(compareEvents);
  return [...months.values()];
}

/**
 * Bounds of every month ('YYYY-MM') of a SIM in the [simId+month] index. Plain strings rather than
 * Dexie.minKey/maxKey: this file must not import Dexie at run time, since home's first read
 * (first-look.ts) reaches it through schema.ts and summaries.ts, and the first load leaves Dexie out.
 */
const BEFORE_ANY_MONTH = '';
const AFTER_ANY_MONTH = '\uffff';

/** One SIM's month records, oldest first. */
export function monthsOfSim(db: SimKeeperDb, simId: string): Promise<EventMonthRecord[]> {
  return db.eventMonths.where('[simId+month]').between([simId, BEFORE_ANY_MONTH], [simId, AFTER_ANY_MONTH]).toArray();
}

/** Every event of a SIM, tombstones included, in apply order (months come oldest first). */
export async function simEventsWithTombstones(db: SimKeeperDb, simId: string): Promise<EventRecord[]> {
  return (await monthsOfSim(db, simId)).flatMap((month) => month.events);
}

/** Where an event is stored: its SIM and date, as any copy of it the caller holds says. */
export type EventPlace = Pick<EventRecord, 'simId' | 'date'>;

/**
 * The stored event with this id, tombstone or not. Since version 4 no index maps an id to its month
 * (schema.ts), so `where` (the event as the caller last read it) names the month to look in; without
 * it, or when the event has moved since, every month is searched (a read of the whole store).
 */
export async function findEvent(db: SimKeeperDb, id: string, where?: EventPlace): Promise<EventRecord | undefined> {
  if (where) {
    const month = await db.eventMonths.get([where.simId, monthOf(where.date)]);
    const event = month?.events.find((e) => e.id === id);
    if (event) return event;
  }
  let found: EventRecord | undefined;
  await db.eventMonths.each((month) => { found ??= month.events.find((event) => event.id === id); });
  return found;
}

/** What writing events of one SIM changes: the months to put and to delete, and all its events after. */
export interface SimEventsWrite {
  put: EventMonthRecord[];
  remove: [string, string][];
  /** All the SIM's events afterwards, tombstones included, in apply order. */
  all: EventRecord[];
}

/**
 * The write of `changed` (new events, changed ones, tombstones) into one SIM's months `before`:
 * each replaces the stored event with its id, moving month if its date changed. Only the months
 * that change are put. Pure, so that a restore can plan every SIM before writing any.
 */
export function planSimEvents(simId: string, before: readonly EventMonthRecord[], changed: readonly EventRecord[]): SimEventsWrite {
  const byId = new Map(before.flatMap((month) => month.events).map((event) => [event.id, event]));
  for (const event of changed) byId.set(event.id, event);
  const after = groupByMonth([...byId.values()]);
  const monthOfId = new Map(before.flatMap((month) => month.events.map((event) => [event.id, month.month] as const)));
  const touched = new Set(changed.map((event) => monthOf(event.date)));
  for (const event of changed) {
    const old = monthOfId.get(event.id);
    if (old !== undefined) touched.add(old);
  }
  const keep = new Set(after.map((month) => month.month));
  return {
    put: after.filter((month) => touched.has(month.month)),
    remove: before.filter((month) => !keep.has(month.month)).map((month) => [simId, month.month]),
    all: after.flatMap((month) => month.events),
  };
}

/**
 * Writes events of one SIM (planSimEvents) and returns all the SIM's events afterwards, tombstones
 * included, in apply order. Call inside a transaction.
 */
export async function writeSimEvents(db: SimKeeperDb, simId: string, changed: readonly EventRecord[]): Promise<EventRecord[]> {
  const write = planSimEvents(simId, await monthsOfSim(db, simId), changed);
  await db.eventMonths.bulkPut(write.put);
  await db.eventMonths.bulkDelete(write.remove);
  return write.all;
}

/** Removes an event from its SIM's months for good (only when it moves to another SIM). */
export async function dropEvent(db: SimKeeperDb, event: EventRecord): Promise<void> {
  const month = await db.eventMonths.get([event.simId, monthOf(event.date)]);
  if (!month) return;
  const events = month.events.filter((e) => e.id !== event.id);
  if (events.length === 0) await db.eventMonths.delete([event.simId, month.month]);
  else await db.eventMonths.put({ ...month, events });
}
