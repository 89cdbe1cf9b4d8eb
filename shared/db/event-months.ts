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
    const month = { simId: event.simId, month: monthOf(event.date), eventIds: [], events: [] };
    const record = months.get(monthKey(month)) ?? months.set(monthKey(month), month).get(monthKey(month))!;
    record.events.push(event);
  }
  for (const record of months.values()) {
    record.events.sort(compareEvents);
    record.eventIds = record.events.map((event) => event.id);
  }
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

/** The stored event with this id, tombstone or not. */
export async function findEvent(db: SimKeeperDb, id: string): Promise<EventRecord | undefined> {
  const month = await db.eventMonths.where('eventIds').equals(id).first();
  return month?.events.find((event) => event.id === id);
}

/**
 * Writes events of one SIM (new ones, changed ones, tombstones): each replaces the stored event with
 * its id, moving month if its date changed. Only the months that change are written. Returns all
 * the SIM's events afterwards, tombstones included, in apply order. Call inside a transaction.
 */
export async function writeSimEvents(db: SimKeeperDb, simId: string, changed: readonly EventRecord[]): Promise<EventRecord[]> {
  const before = await monthsOfSim(db, simId);
  const byId = new Map(before.flatMap((month) => month.events).map((event) => [event.id, event]));
  for (const event of changed) byId.set(event.id, event);
  const after = groupByMonth([...byId.values()]);
  const monthOfId = new Map(before.flatMap((month) => month.eventIds.map((id) => [id, month.month] as const)));
  const touched = new Set(changed.map((event) => monthOf(event.date)));
  for (const event of changed) {
    const old = monthOfId.get(event.id);
    if (old !== undefined) touched.add(old);
  }
  const keep = new Set(after.map((month) => month.month));
  await db.eventMonths.bulkPut(after.filter((month) => touched.has(month.month)));
  await db.eventMonths.bulkDelete(before.filter((month) => !keep.has(month.month)).map((month) => [simId, month.month] as [string, string]));
  return after.flatMap((month) => month.events);
}

/** Removes an event from its SIM's months for good (only when it moves to another SIM). */
export async function dropEvent(db: SimKeeperDb, event: EventRecord): Promise<void> {
  const month = await db.eventMonths.get([event.simId, monthOf(event.date)]);
  if (!month) return;
  const events = month.events.filter((e) => e.id !== event.id);
  if (events.length === 0) await db.eventMonths.delete([event.simId, month.month]);
  else await db.eventMonths.put({ ...month, events, eventIds: events.map((e) => e.id) });
}
