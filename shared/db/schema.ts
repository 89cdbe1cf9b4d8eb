/**
 * Every version of the database schema, oldest first. A version is never edited once shipped:
 * a change is a new version with a named upgrade function, so that a device that skipped releases
 * runs each upgrade in turn, and each upgrade can be tested on its own.
 */
import type { Dexie, Transaction } from 'dexie';
import { defaultColour, isHexColour } from './colours';
import type { EventRecord, SimRecord } from './types';

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
export type V1EventRecord = DistributiveOmit<EventRecord, 'seq'> & { recordedAt: string };

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

/** Declares every version on a fresh Dexie instance (before it opens). */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(async (tx) => {
    await addEventSequence(tx);
    await addSimColour(tx);
  });
}
