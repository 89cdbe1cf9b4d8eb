import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { withPolicy } from '../../../shared/rules/policy';
import { openSimKeeperDb, type SimKeeperDb } from '../../../shared/db/db';
import { SIM_COLOURS } from '../../../shared/db/colours';
import { V1_STORES, type V1EventRecord, type V1SimRecord } from '../../../shared/db/schema';
import { eventsForSim } from '../../../shared/db/events';

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

describe('the version 1 to version 2 upgrade', () => {
  async function upgraded(): Promise<SimKeeperDb> {
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
    const db = openSimKeeperDb(name);
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
    expect((await db.sims.toArray()).map((s) => s.id).sort()).toEqual(['sim-a', 'sim-b']);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['e-w', 'e-x', 'e-y', 'e-z']);
    expect(await db.reminders.get('r1')).toMatchObject({ status: 'dismissed' });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'hi' });
  });

  it('numbers the events in the order they were recorded and drops recordedAt', async () => {
    const db = await upgraded();
    const seqOf = async (id: string): Promise<number | undefined> => (await db.events.get(id))?.seq;
    expect([await seqOf('e-w'), await seqOf('e-z'), await seqOf('e-y'), await seqOf('e-x')]).toEqual([1, 2, 3, 4]);
    for (const event of await db.events.toArray()) expect(event).not.toHaveProperty('recordedAt');
  });

  it('keeps same-date events in recorded order through the new seq index', async () => {
    const db = await upgraded();
    expect((await eventsForSim(db, 'sim-a')).map((e) => e.id)).toEqual(['e-x', 'e-z', 'e-y']);
    expect((await db.events.orderBy('seq').toArray()).map((e) => e.id)).toEqual(['e-w', 'e-z', 'e-y', 'e-x']);
  });

  it('gives each SIM a palette colour in the order the SIMs were created', async () => {
    const db = await upgraded();
    expect((await db.sims.get('sim-b'))?.colour).toBe(SIM_COLOURS[0]);
    expect((await db.sims.get('sim-a'))?.colour).toBe(SIM_COLOURS[1]);
  });

  it('leaves the rest of each record as it was', async () => {
    const db = await upgraded();
    const { colour: _colour, ...sim } = (await db.sims.get('sim-a'))!;
    expect(sim).toEqual(v1Sim('sim-a', '2026-01-02T00:00:00.000Z'));
    const { seq: _seq, ...event } = (await db.events.get('e-y'))!;
    const { recordedAt: _recordedAt, ...original } = v1Activity('e-y', 'sim-a', '2026-02-01', '2026-02-01T10:00:00.000Z');
    expect(event).toEqual(original);
  });
});
