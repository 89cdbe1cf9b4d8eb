/**
 * Sync between two stores (the PWA and the Chrome extension, or any two devices), on top of the
 * pure merge in merge.ts (which states the rule: last writer wins per id, tombstones included).
 *
 * @example
 * // On one side:
 * const snapshot = await syncSnapshot(db);           // every SIM and event, tombstones included
 * // ...send it (it is plain JSON)... On the other side:
 * const report = await applySync(otherDb, snapshot, today);
 * report.changedSimIds;                               // the SIMs whose record or events changed
 * // Then send the other side's snapshot back the same way, and both hold merge(A, B).
 *
 * applySync validates the snapshot as a backup file is validated, then merges and writes in one
 * transaction (all or nothing), rewriting the changed SIMs' summaries in it. Reminder states and
 * settings are each device's own and are not synced.
 */
import type { IsoDate } from '../rules/dates';
import { sameRecord } from './canonical';
import type { SimKeeperDb } from './db';
import { allEventsWithTombstones } from './events';
import { dropEvent, monthsOfSim, planSimEvents, type SimEventsWrite } from './event-months';
import { asObject } from './fields';
import { winnerOf, type SyncRecords } from './merge';
import { compareSims } from './sims-order';
import { liveEvents, summaryOf } from './summaries';
import { validateStoredEvent, validateStoredSim } from './sync-fields';
import type { EventMonthRecord, EventRecord, SimRecord } from './types';
import { ValidationError, underPath } from './validation-error';

/** Every SIM and event of a store, tombstones included: what the other side merges. */
export type SyncSnapshot = SyncRecords;

export interface MergeCounts {
  /** Records the store did not have. */
  added: number;
  /** Records the store had in an older version (or lost a tie): replaced. */
  updated: number;
  /** Records the store had as they are, or newer: left alone. */
  unchanged: number;
}

export interface SyncReport {
  sims: MergeCounts;
  events: MergeCounts;
  /** The SIMs whose record or events changed, in no particular order. */
  changedSimIds: string[];
}

/** Every SIM (as added) and event (in apply order), tombstones included, from one snapshot of the store. */
export async function syncSnapshot(db: SimKeeperDb): Promise<SyncSnapshot> {
  return db.transaction('r', db.sims, db.eventMonths, async () => ({
    sims: (await db.sims.toArray()).sort(compareSims),
    events: await allEventsWithTombstones(db),
  }));
}

/** Checks a list record by record under its path ('events[12]'), refusing an id given twice. */
export function storedRecords<T extends { id: string }>(value: unknown, field: string, check: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'not_list');
  const seen = new Set<string>();
  return value.map((item, index) => {
    const record = underPath(`${field}[${index}]`, () => check(item));
    if (seen.has(record.id)) throw new ValidationError(`${field}[${index}].id`, 'duplicate_id', { id: record.id });
    seen.add(record.id);
    return record;
  });
}

/** A snapshot from the other side, checked record by record (pure). */
export function parseSyncSnapshot(value: unknown, today: IsoDate): SyncSnapshot {
  const fields = asObject(value, 'snapshot');
  return {
    sims: storedRecords(fields.sims, 'sims', (item) => validateStoredSim(item, today)),
    events: storedRecords(fields.events, 'events', (item) => validateStoredEvent(item, today)),
  };
}

/** Sorts incoming records into added / updated / unchanged against the stored copies; returns the writes. */
function plan<T extends SimRecord | EventRecord>(incoming: readonly T[], stored: ReadonlyMap<string, T>): { counts: MergeCounts; writes: T[] } {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const writes: T[] = [];
  for (const record of incoming) {
    const old = stored.get(record.id);
    if (old === undefined) counts.added++;
    // The same copy (a re-import) is the common collision: seen before winnerOf writes both out for a tie.
    else if (sameRecord(old, record) || winnerOf(old, record) === old) { counts.unchanged++; continue; } else counts.updated++;
    writes.push(record);
  }
  return { counts, writes };
}

function groupBySim(events: readonly EventRecord[]): Map<string, EventRecord[]> {
  const groups = new Map<string, EventRecord[]>();
  for (const event of events) (groups.get(event.simId) ?? groups.set(event.simId, []).get(event.simId)!).push(event);
  return groups;
}

/**
 * The stored months of every SIM the incoming events name (read once: the merge writes into them),
 * and the stored copy of each incoming event by id: from the SIM the event names and, for an id not
 * found there, from the store's other SIMs (the other side may have moved it to another SIM). With
 * no index on event ids (schema v4), that means reading those SIMs' months, which happens only when
 * the store has events of SIMs the incoming events do not name.
 */
async function storedCopies(db: SimKeeperDb, incoming: readonly EventRecord[]): Promise<{ months: Map<string, EventMonthRecord[]>; stored: Map<string, EventRecord> }> {
  const months = new Map<string, EventMonthRecord[]>();
  const stored = new Map<string, EventRecord>();
  // Side by side: one round trip to IndexedDB for all the SIMs, not one after another.
  const simIds = [...groupBySim(incoming).keys()];
  const read = await Promise.all(simIds.map((simId) => monthsOfSim(db, simId)));
  simIds.forEach((simId, index) => {
    months.set(simId, read[index]!);
    for (const month of read[index]!) for (const event of month.events) stored.set(event.id, event);
  });
  const missing = new Set(incoming.map((event) => event.id).filter((id) => !stored.has(id)));
  if (missing.size === 0) return { months, stored };
  const others = (await db.sims.toCollection().primaryKeys()).filter((simId) => !months.has(simId));
  for (const simMonths of await Promise.all(others.map((simId) => monthsOfSim(db, simId)))) {
    for (const month of simMonths) for (const event of month.events) if (missing.has(event.id)) stored.set(event.id, event);
  }
  return { months, stored };
}

/**
 * Writes the planned months of every changed SIM in one go, and their summaries: the puts are all
 * asked for before any is waited on, and the summaries are worked out while IndexedDB writes the
 * months (a restore of 100,000 events waited on each SIM's months in turn).
 */
async function writeAll(db: SimKeeperDb, changes: { sim: SimRecord; plan: SimEventsWrite }[], simWrites: SimRecord[], today: IsoDate): Promise<void> {
  const writing = Promise.all([
    db.sims.bulkPut(simWrites),
    db.eventMonths.bulkPut(changes.flatMap(({ plan }) => plan.put)),
    db.eventMonths.bulkDelete(changes.flatMap(({ plan }) => plan.remove)),
  ]);
  const summaries = changes.filter(({ sim }) => !sim.deleted).map(({ sim, plan }) => summaryOf(sim, liveEvents(plan.all), today));
  await writing;
  await db.summaries.bulkDelete(changes.filter(({ sim }) => sim.deleted).map(({ sim }) => sim.id));
  await db.summaries.bulkPut(summaries);
}

/** What a merge did, and each changed SIM's events as written (tombstones included, in apply order). */
export interface MergeResult extends SyncReport {
  written: Map<string, EventRecord[]>;
}

/**
 * Merges checked records into the store; writes only when `write`. Call inside a transaction over
 * db.eventTables. Every event must belong to a SIM in `incoming` or in the store.
 */
export async function mergeIntoStore(db: SimKeeperDb, incoming: SyncRecords, today: IsoDate, write: boolean): Promise<MergeResult> {
  const storedSims = new Map((await db.sims.toArray()).map((sim) => [sim.id, sim]));
  const incomingSimIds = new Set(incoming.sims.map((sim) => sim.id));
  incoming.events.forEach((event, index) => {
    if (!storedSims.has(event.simId) && !incomingSimIds.has(event.simId)) {
      throw new ValidationError(`events[${index}].simId`, 'no_such_sim');
    }
  });
  const sims = plan(incoming.sims, storedSims);
  const { months, stored } = await storedCopies(db, incoming.events);
  const events = plan(incoming.events, stored);
  const eventWrites = groupBySim(events.writes);
  // An event the other side moved to another SIM leaves its old SIM's months.
  const moved = events.writes.flatMap((event) => {
    const old = stored.get(event.id);
    return old !== undefined && old.simId !== event.simId ? [old] : [];
  });
  const left = new Set(moved.map((old) => old.simId));
  const changedSimIds = [...new Set([...sims.writes.map((sim) => sim.id), ...eventWrites.keys(), ...moved.map((old) => old.simId)])];
  const written = new Map<string, EventRecord[]>();
  if (write) {
    for (const old of moved) await dropEvent(db, old);
    // A SIM an event left is read again: the months read before still hold the event.
    for (const simId of changedSimIds) if (left.has(simId) || !months.has(simId)) months.set(simId, await monthsOfSim(db, simId));
    const simAfter = new Map([...storedSims, ...sims.writes.map((sim) => [sim.id, sim] as const)]);
    await writeAll(db, changedSimIds.map((simId) => {
      const plan = planSimEvents(simId, months.get(simId)!, eventWrites.get(simId) ?? []);
      written.set(simId, plan.all);
      return { sim: simAfter.get(simId)!, plan };
    }), sims.writes, today);
  }
  return { sims: sims.counts, events: events.counts, changedSimIds, written };
}

/** Merges a snapshot from the other side into the store, in one transaction; reports what changed. */
export async function applySync(db: SimKeeperDb, snapshot: unknown, today: IsoDate): Promise<SyncReport> {
  const incoming = parseSyncSnapshot(snapshot, today);
  const { written: _events, ...report } = await db.transaction('rw', db.eventTables, async () => mergeIntoStore(db, incoming, today, true));
  return report;
}
