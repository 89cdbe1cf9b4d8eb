/** Shared fixtures for the store's tests. Each test gets its own database name. */
import { withPolicy } from '../../../shared/rules/policy';
import { openSimKeeperDb, type SimKeeperDb } from '../../../shared/db/db';
import type { SimInput } from '../../../shared/db/types';
import { allEvents } from '../../../shared/db/events';

export const TODAY = '2026-03-15';

let counter = 0;

/** A fresh, empty store with a name no other test uses. */
export function freshDb(): SimKeeperDb {
  counter += 1;
  return openSimKeeperDb(`test-${counter}-${crypto.randomUUID()}`);
}

export function simInput(overrides: Partial<SimInput> = {}): SimInput {
  return {
    label: 'Jio — daily',
    number: '+91 98765 43210',
    operator: 'jio',
    circle: 'Delhi',
    connection: 'prepaid',
    since: '2025-01-01',
    policy: withPolicy(),
    ...overrides,
  };
}

/** The error a call throws (sync or async), so a test can look at its field. */
export async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, and it did not');
}

/** The stored copy of an event, tombstone or not (the store keeps events in month records). */
export { findEvent as storedEvent } from '../../../shared/db/event-months';

/** How many live events the store holds. */
export async function liveEventCount(db: SimKeeperDb): Promise<number> {
  return (await allEvents(db)).length;
}

/** Puts events straight into the store (as a merge would), in one transaction. */
export async function putEvents(db: SimKeeperDb, events: import('../../../shared/db/types').EventRecord[]): Promise<void> {
  const { writeSimEvents } = await import('../../../shared/db/event-months');
  await db.transaction('rw', db.eventMonths, async () => {
    for (const simId of new Set(events.map((event) => event.simId))) {
      await writeSimEvents(db, simId, events.filter((event) => event.simId === simId));
    }
  });
}

export const STAMP = '2026-03-01T00:00:00.000Z';

/** Every record of the four user tables in a fixed order, for comparing a store before and after. */
export async function storeSnapshot(db: SimKeeperDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    sims: byId(await db.sims.toArray()),
    events: byId(await allEvents(db)),
    reminders: byId(await db.reminders.toArray()),
    settings: (await db.settings.toArray()).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
