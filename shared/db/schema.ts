/**
 * Every version of the database schema, oldest first. A version is never edited once shipped:
 * a change is a new version with a named upgrade function, so that a device that skipped releases
 * runs each upgrade in turn, and each upgrade can be tested on its own.
 */
import type { Dexie, Transaction } from 'dexie';
import { defaultColour, isHexColour } from './colours';
import { groupByMonth } from './event-months';
import { legacyUpdatedAt } from './legacy-updated-at';
import type { EventContent, EventMonthRecord, EventRecord, SimRecord } from './types';

/**
 * Version 1. Same-date events were ordered by `recordedAt`, a timestamp from the device clock;
 * SIMs had no colour.
 */
export const V1_STORES = {
  sims: 'id',
  events: 'id, simId, [simId+date], date',
  reminders: 'id, simId',
  settings: 'key',
} as const;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The shapes version 1 stored, kept for the upgrade and its test. */
export type V1SimRecord = Omit<SimRecord, 'colour'>;
export type V1EventRecord = DistributiveOmit<EventContent, 'seq'> & { recordedAt: string };
/** The event version 2 stored: no updatedAt, no tombstones (a deletion removed the record). */
export type V2EventRecord = EventContent;

/** A record as an upgrade sees it: fields from either version may be present. */
type Loose<T> = Partial<T> & { id: string; [field: string]: unknown };

/**
 * Version 2. Events carry `seq`, a counter, instead of `recordedAt`: clocks jump (travel, manual
 * changes, a dead battery) and events saved in one batch share a millisecond, so a timestamp did
 * not reliably keep the order in which events were recorded. SIMs carry a colour.
 */
export const V2_STORES = {
  ...V1_STORES,
  events: 'id, simId, [simId+date], date, seq',
} as const;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * v1 -> v2: numbers every event 1, 2, 3... in the order it was recorded (recordedAt, then id to
 * settle exact ties the same way on every device), and drops recordedAt.
 * One counter for the whole store keeps each SIM's events in order too.
 */
export async function addEventSequence(tx: Transaction): Promise<void> {
  const events = tx.table<Loose<V1EventRecord>, string>('events');
  const all = await events.toArray();
  all.sort((a, b) => byText(a.recordedAt ?? '', b.recordedAt ?? '') || byText(a.id, b.id));
  const upgraded = all.map(({ recordedAt: _dropped, ...event }, index) => ({ ...event, seq: index + 1 }));
  await events.bulkPut(upgraded);
}

/** v1 -> v2: gives each SIM a palette colour, in the order the SIMs were created. */
export async function addSimColour(tx: Transaction): Promise<void> {
  const sims = tx.table<Loose<SimRecord>, string>('sims');
  const all = await sims.toArray();
  all.sort((a, b) => byText(a.createdAt ?? '', b.createdAt ?? '') || byText(a.id, b.id));
  const upgraded = all.map((sim, index) => (isHexColour(sim.colour) ? sim : { ...sim, colour: defaultColour(index) }));
  await sims.bulkPut(upgraded);
}

/**
 * Version 3: records that can sync, and a layout that stays fast (issue 6).
 * - Events are stored a month of one SIM per record (`eventMonths`, key [simId+month]): IndexedDB
 *   costs about the same per record whatever its size, so a restore of 100,000 events writes a few
 *   thousand records instead of 100,000 (issue 6's figures; a bench section comparing the layouts is still to come).
 *   A multi-entry index on the event ids finds the month an event is in (dropped in version 4).
 * - Every event has an updatedAt and a deletion is a tombstone (`deleted: true`), as SIMs do: see
 *   merge.ts for the rule that merges two stores.
 * - `summaries`: one per SIM, what home shows, rewritten with every write (summaries.ts).
 * - The v2 `events` table and its unused indexes (`date`; `simId`, covered by [simId+date]) go.
 */
export const V3_STORES = {
  sims: 'id',
  events: null,
  eventMonths: '[simId+month], *eventIds',
  summaries: 'simId',
  reminders: 'id, simId',
  settings: 'key',
} as const;

/**
 * v2 -> v3: moves every event into its SIM's month record, stamping it with an updatedAt (v2 kept
 * no time of change: legacy-updated-at.ts). seq is kept, so same-date events keep their order.
 * Summaries are left to the first read, which needs `today` (summaries.ts makes a missing one).
 */
export async function groupEventsByMonth(tx: Transaction): Promise<void> {
  const events = await tx.table<V2EventRecord, string>('events').toArray();
  const stamped: EventRecord[] = events.map((event) => ({ ...event, updatedAt: legacyUpdatedAt(event) }));
  const months: V3EventMonthRecord[] = groupByMonth(stamped).map((month) => ({ ...month, eventIds: month.events.map((event) => event.id) }));
  await tx.table('eventMonths').bulkPut(months);
}

/** The month record version 3 stored: its event ids repeated, for the multi-entry index. */
export type V3EventMonthRecord = EventMonthRecord & { eventIds: string[] };

/**
 * Version 4: month records lose the multi-entry index on their event ids (issue 11). It held one
 * index entry per event, so a 100,000-event restore wrote 100,000 index entries besides ~1,200
 * month records: in Chromium that was most of the write (a probe: 1,220 months in 3.2-8.8 s with
 * it, 0.8-1.3 s without). An event is found in its SIM's months instead: callers that hold the
 * event say where it is (event-months.ts: findEvent), and a merge reads the months it merges into.
 * The sims, summaries and settings stores are unchanged (home's first load reads them raw).
 */
export const V4_STORES = {
  sims: 'id',
  eventMonths: '[simId+month]',
  summaries: 'simId',
  reminders: 'id, simId',
  settings: 'key',
} as const;

/** v3 -> v4: the month records without `eventIds`, which only fed the index v4 drops. */
export async function dropMonthEventIds(tx: Transaction): Promise<void> {
  const months = tx.table<Partial<V3EventMonthRecord>, [string, string]>('eventMonths');
  await months.toCollection().modify((month) => { delete month.eventIds; });
}

/**
 * The newest version declared below. Home's first read (first-look.ts) opens IndexedDB itself at
 * exactly this version (Dexie's IndexedDB version is this x 10), so a new version must raise it:
 * declareSchema stops here, and a database of an older version then goes through Dexie's upgrade.
 */
export const SCHEMA_VERSION = 4;

/** Declares the versions up to `latest` (all by default) on a fresh Dexie instance, before it opens. */
export function declareSchema(db: Dexie, latest = SCHEMA_VERSION): void {
  db.version(1).stores(V1_STORES);
  if (latest < 2) return;
  db.version(2).stores(V2_STORES).upgrade(async (tx) => {
    await addEventSequence(tx);
    await addSimColour(tx);
  });
  if (latest < 3) return;
  db.version(3).stores(V3_STORES).upgrade(groupEventsByMonth);
  if (latest < 4) return;
  db.version(4).stores(V4_STORES).upgrade(dropMonthEventIds);
}
