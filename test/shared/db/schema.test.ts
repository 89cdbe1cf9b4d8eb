import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { withPolicy } from '../../../shared/rules/policy';
import { openSimKeeperDb } from '../../../shared/db/db';
import { SIM_COLOURS } from '../../../shared/db/colours';
import { V1_STORES, declareSchema, type V1EventRecord, type V1SimRecord, type V2EventRecord } from '../../../shared/db/schema';
import { eventsForSim } from '../../../shared/db/events';
import { findEvent } from '../../../shared/db/event-months';
import { syncSnapshot } from '../../../shared/db/sync';
import { getSim } from '../../../shared/db/sims';
import { simsWithSummaries } from '../../../shared/db/sim-summaries';
import { TODAY } from './helpers';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database created by the version-1 app: only version 1 declared, records in the v1 shape. */
async function createVersion1Db(name: string, sims: V1SimRecord[], events: V1EventRecord[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.table('sims').bulkAdd(sims);
  await v1.table('events').bulkAdd(events);
  await v1.table('reminders').add({ id: 'r1', simId: 'sim-a', status: 'dismissed', at: '2026-01-05T00:00:00.000Z' });
  await v1.table('settings').add({ key: 'language', value: 'hi' });
  expect(v1.verno).toBe(1);
  v1.close();
}

function v1Sim(id: string, createdAt: string): V1SimRecord {
  return {
    id, label: `SIM ${id}`, number: '9876543210', operator: 'jio', circle: '', connection: 'prepaid',
    since: '2025-01-01', policy: withPolicy(), createdAt, updatedAt: createdAt,
  };
}

function v1Activity(id: string, simId: string, date: string, recordedAt: string): V1EventRecord {
  return { id, simId, source: 'manual', type: 'activity', date, kind: 'call_out', recordedAt };
}

/** The app as version 2 shipped it: versions 1 and 2 declared, nothing later. */
function version2App(name: string): Dexie {
  const db = new Dexie(name);
  declareSchema(db, 2);
  return db;
}

describe('the version 1 to version 2 upgrade', () => {
  async function upgraded(): Promise<Dexie> {
    const name = `migration-${crypto.randomUUID()}`;
    await createVersion1Db(
      name,
      // Created in the order b, a: colours follow creation order, not ids.
      [v1Sim('sim-a', '2026-01-02T00:00:00.000Z'), v1Sim('sim-b', '2026-01-01T00:00:00.000Z')],
      [
        // Ids are deliberately in the opposite order to recordedAt.
        v1Activity('e-z', 'sim-a', '2026-02-01', '2026-02-01T09:00:00.000Z'),
        v1Activity('e-y', 'sim-a', '2026-02-01', '2026-02-01T10:00:00.000Z'),
        v1Activity('e-x', 'sim-a', '2026-01-20', '2026-02-01T11:00:00.000Z'),
        v1Activity('e-w', 'sim-b', '2026-02-01', '2026-02-01T08:00:00.000Z'),
      ],
    );
    const db = version2App(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('opens the old database at version 2', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(2);
  });

  it('keeps every record of every table', async () => {
    const db = await upgraded();
    expect((await db.table('sims').toArray()).map((s) => s.id).sort()).toEqual(['sim-a', 'sim-b']);
    expect((await db.table('events').toArray()).map((e) => e.id).sort()).toEqual(['e-w', 'e-x', 'e-y', 'e-z']);
    expect(await db.table('reminders').get('r1')).toMatchObject({ status: 'dismissed' });
    expect(await db.table('settings').get('language')).toEqual({ key: 'language', value: 'hi' });
  });

  it('numbers the events in the order they were recorded and drops recordedAt', async () => {
    const db = await upgraded();
    const seqOf = async (id: string): Promise<number | undefined> => (await db.table('events').get(id))?.seq;
    expect([await seqOf('e-w'), await seqOf('e-z'), await seqOf('e-y'), await seqOf('e-x')]).toEqual([1, 2, 3, 4]);
    for (const event of await db.table('events').toArray()) expect(event).not.toHaveProperty('recordedAt');
  });

  it('keeps same-date events in recorded order through the new seq index', async () => {
    const db = await upgraded();
    expect((await db.table('events').orderBy('seq').toArray()).map((e) => e.id)).toEqual(['e-w', 'e-z', 'e-y', 'e-x']);
  });

  it('gives each SIM a palette colour in the order the SIMs were created', async () => {
    const db = await upgraded();
    expect((await db.table('sims').get('sim-b'))?.colour).toBe(SIM_COLOURS[0]);
    expect((await db.table('sims').get('sim-a'))?.colour).toBe(SIM_COLOURS[1]);
  });

  it('leaves the rest of each record as it was', async () => {
    const db = await upgraded();
    const { colour: _colour, ...sim } = (await db.table('sims').get('sim-a'))!;
    expect(sim).toEqual(v1Sim('sim-a', '2026-01-02T00:00:00.000Z'));
    const { seq: _seq, ...event } = (await db.table('events').get('e-y'))!;
    const { recordedAt: _recordedAt, ...original } = v1Activity('e-y', 'sim-a', '2026-02-01', '2026-02-01T10:00:00.000Z');
    expect(event).toEqual(original);
  });
});

/** A database written by the version-2 app: its records, as that app stored them. */
async function createVersion2Db(name: string, events: V2EventRecord[]): Promise<void> {
  const v2 = version2App(name);
  await v2.table('sims').bulkAdd([
    { ...v1Sim('sim-a', '2026-01-01T00:00:00.000Z'), colour: SIM_COLOURS[0] },
    { ...v1Sim('sim-b', '2026-01-02T00:00:00.000Z'), colour: SIM_COLOURS[1] },
  ]);
  await v2.table('events').bulkAdd(events);
  await v2.table('reminders').add({ id: 'r1', simId: 'sim-a', status: 'snoozed', until: '2026-03-20', at: '2026-01-05T00:00:00.000Z' });
  await v2.table('settings').bulkAdd([{ key: 'language', value: 'hi' }, { key: 'leadDays', value: [7, 1] }]);
  expect(v2.verno).toBe(2);
  v2.close();
}

function v2Event(id: string, simId: string, date: string, seq: number): V2EventRecord {
  return { id, simId, source: 'manual', type: 'activity', date, kind: 'call_out', seq };
}

describe('the version 2 to version 3 upgrade', () => {
  const V2_EVENTS = [
    v2Event('e-1', 'sim-a', '2025-12-31', 1),
    // Same date, ids against seq: the order must come from seq.
    v2Event('e-z', 'sim-a', '2026-02-01', 2),
    v2Event('e-a', 'sim-a', '2026-02-01', 3),
    { ...v2Event('e-r', 'sim-b', '2026-02-10', 4), type: 'recharge', amount: 19900, voucher: 'plan', validityDays: 28, note: 'plan' } as V2EventRecord,
    v2Event('e-3', 'sim-b', '2026-03-01', 5),
  ];

  async function upgraded() {
    const name = `migration-v3-${crypto.randomUUID()}`;
    await createVersion2Db(name, V2_EVENTS);
    const db = openSimKeeperDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('opens the old database at the current version, without the events table', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name)).not.toContain('events');
  });

  it('keeps every event, each exactly as it was, with an updatedAt from its own date', async () => {
    const db = await upgraded();
    const events = (await syncSnapshot(db)).events;
    expect(events.map(({ updatedAt: _stamp, ...event }) => event).sort((a, b) => a.id.localeCompare(b.id)))
      .toEqual([...V2_EVENTS].sort((a, b) => a.id.localeCompare(b.id)));
    expect(events.find((e) => e.id === 'e-r')?.updatedAt).toBe('2026-02-10T00:00:00.000Z');
    expect(events.every((e) => !('deleted' in e))).toBe(true);
  });

  it('stores them a month of one SIM per record', async () => {
    const db = await upgraded();
    expect((await db.eventMonths.toArray()).map((m) => `${m.simId} ${m.month} ${m.events.map((e) => e.id).join(',')}`).sort())
      .toEqual(['sim-a 2025-12 e-1', 'sim-a 2026-02 e-z,e-a', 'sim-b 2026-02 e-r', 'sim-b 2026-03 e-3']);
  });

  it('keeps same-date events in the order recorded', async () => {
    const db = await upgraded();
    expect((await eventsForSim(db, 'sim-a')).map((e) => e.id)).toEqual(['e-1', 'e-z', 'e-a']);
  });

  it('keeps the SIMs, reminder states and settings unchanged', async () => {
    const db = await upgraded();
    expect(await getSim(db, 'sim-b')).toEqual({ ...v1Sim('sim-b', '2026-01-02T00:00:00.000Z'), colour: SIM_COLOURS[1] });
    expect(await db.reminders.get('r1')).toEqual({ id: 'r1', simId: 'sim-a', status: 'snoozed', until: '2026-03-20', at: '2026-01-05T00:00:00.000Z' });
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'hi' }, { key: 'leadDays', value: [7, 1] }]);
  });

  it('makes the summaries home needs on the first read', async () => {
    const db = await upgraded();
    expect(await db.summaries.count()).toBe(0);
    const { sims, projections } = await simsWithSummaries(db, TODAY);
    expect(sims.map((s) => s.id)).toEqual(['sim-a', 'sim-b']);
    expect(projections.get('sim-b')).toMatchObject({ today: TODAY, lastActivity: '2026-03-01' });
    expect(await db.summaries.count()).toBe(2);
  });
});

describe('the version 3 to version 4 upgrade', () => {
  const sim = { ...v1Sim('sim-a', '2026-01-01T00:00:00.000Z'), colour: SIM_COLOURS[0]! };
  const stamp = '2026-02-01T00:00:00.000Z';
  const events = [
    { ...v2Event('e-1', 'sim-a', '2026-01-31', 1), updatedAt: stamp },
    { ...v2Event('e-2', 'sim-a', '2026-02-01', 2), updatedAt: stamp, deleted: true as const },
    { ...v2Event('e-3', 'sim-a', '2026-02-01', 3), updatedAt: stamp },
  ];
  const months = [
    { simId: 'sim-a', month: '2026-01', eventIds: ['e-1'], events: [events[0]] },
    { simId: 'sim-a', month: '2026-02', eventIds: ['e-2', 'e-3'], events: [events[1], events[2]] },
  ];
  const summary = { simId: 'sim-a', projectedOn: TODAY, horizonEnds: TODAY, segments: [], eventCount: 2 };

  /** A database as the version-3 app wrote it: months carrying eventIds for the multi-entry index. */
  async function upgraded() {
    const name = `migration-v4-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    declareSchema(v3, 3);
    await v3.table('sims').add(sim);
    await v3.table('eventMonths').bulkAdd(months);
    await v3.table('summaries').add(summary);
    await v3.table('reminders').add({ id: 'r1', simId: 'sim-a', status: 'shown', at: stamp });
    await v3.table('settings').add({ key: 'theme', value: 'dark' });
    expect(v3.verno).toBe(3);
    expect(await v3.table('eventMonths').where('eventIds').equals('e-3').count()).toBe(1);
    v3.close();
    const db = openSimKeeperDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('drops the index on event ids and the eventIds field, keeping every event as it was', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(4);
    expect(db.eventMonths.schema.indexes).toEqual([]);
    expect(await db.eventMonths.toArray()).toEqual(months.map(({ eventIds: _ids, ...month }) => month));
  });

  it('keeps SIMs, summaries, reminder states and settings untouched, and still finds events by id', async () => {
    const db = await upgraded();
    expect(await db.sims.toArray()).toEqual([sim]);
    expect(await db.summaries.toArray()).toEqual([summary]);
    expect(await db.reminders.toArray()).toEqual([{ id: 'r1', simId: 'sim-a', status: 'shown', at: stamp }]);
    expect(await db.settings.toArray()).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(await findEvent(db, 'e-3')).toEqual(events[2]);
    expect(await findEvent(db, 'e-2', { simId: 'sim-a', date: '2026-02-01' })).toEqual(events[1]);
    expect((await eventsForSim(db, 'sim-a')).map((e) => e.id)).toEqual(['e-1', 'e-3']);
  });
});
