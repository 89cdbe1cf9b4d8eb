import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openSimKeeperDb } from '../../../shared/db/db';
import { firstLook } from '../../../shared/db/first-look';
import { SCHEMA_VERSION, V2_STORES, declareSchema } from '../../../shared/db/schema';
import { getSettings, setSetting } from '../../../shared/db/settings';
import { simsWithSummaries } from '../../../shared/db/sim-summaries';
import { addSim, deleteSim } from '../../../shared/db/sims';
import { addEvent } from '../../../shared/db/events';
import { addDays } from '../../../shared/rules/dates';
import { freshDb, simInput, TODAY } from './helpers';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

describe('home’s first read without Dexie', () => {
  it('reads what Dexie reads: the live SIMs in the order added, their projections for today, the settings', async () => {
    const db = freshDb();
    const first = await addSim(db, simInput({ label: 'First' }), TODAY);
    const gone = await addSim(db, simInput({ label: 'Gone' }), TODAY);
    await addSim(db, simInput({ label: 'Third', connection: 'postpaid' }), TODAY);
    await addEvent(db, { type: 'activity', kind: 'call_out', date: '2026-03-01', simId: first.id }, TODAY);
    await deleteSim(db, gone.id);
    await setSetting(db, 'theme', 'dark');
    await setSetting(db, 'leadDays', [9, 2]);
    db.close();

    const look = await firstLook(db.name, TODAY);
    const reopened = openSimKeeperDb(db.name);
    const expected = await simsWithSummaries(reopened, TODAY);
    expect(look).not.toBeNull();
    expect(look!.sims.map((sim) => sim.label)).toEqual(['First', 'Third']);
    expect(look!.sims).toEqual(expected.sims);
    expect(look!.projections).toEqual(expected.projections);
    expect(look!.settings).toEqual(await getSettings(reopened));
    expect(look!.languageChosen).toBe(false);
    reopened.close();
  });

  it('says whether the user chose a language', async () => {
    const db = freshDb();
    await setSetting(db, 'language', 'hi');
    db.close();
    const look = await firstLook(db.name, TODAY);
    expect(look).toMatchObject({ languageChosen: true, settings: { language: 'hi' }, sims: [] });
  });

  it('reads a database that does not exist as the empty store Dexie would make, and leaves it for Dexie to create', async () => {
    const name = `first-look-none-${crypto.randomUUID()}`;
    const empty = openSimKeeperDb(`first-look-empty-${crypto.randomUUID()}`);
    expect(await firstLook(name, TODAY)).toEqual({
      settings: await getSettings(empty), languageChosen: false, sims: [], projections: new Map(),
    });
    empty.close();
    expect(await databaseNames()).not.toContain(name);
    const db = openSimKeeperDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('leaves an older version to Dexie’s upgrade, and reads the store once upgraded', async () => {
    const name = `first-look-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V2_STORES);
    v2.version(2).stores(V2_STORES);
    await v2.table('settings').add({ key: 'theme', value: 'light' });
    v2.close();
    expect(await firstLook(name, TODAY)).toBeNull();

    const db = openSimKeeperDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
    expect(await firstLook(name, TODAY)).toMatchObject({ settings: { theme: 'light' } });
  });

  it('gives a newer version (a later build ran here) to Dexie', async () => {
    const name = `first-look-newer-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    declareSchema(newer);
    newer.version(SCHEMA_VERSION + 1).stores({});
    await newer.open();
    newer.close();
    expect(await firstLook(name, TODAY)).toBeNull();
  });

  it('gives Dexie a store whose summaries do not cover today, to make them again', async () => {
    const db = freshDb();
    await addSim(db, simInput(), TODAY);
    db.close();
    expect(await firstLook(db.name, TODAY)).not.toBeNull();
    expect(await firstLook(db.name, addDays(TODAY, 40))).toBeNull();
  });

  it('holds no connection after reading, so an upgrade elsewhere is never blocked', async () => {
    const db = freshDb();
    await addSim(db, simInput(), TODAY);
    db.close();
    await firstLook(db.name, TODAY);
    const deleted = new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => resolve('deleted');
    });
    expect(await deleted).toBe('deleted');
  });

  it('opens the version declareSchema declares last', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(SCHEMA_VERSION * 10);
    db.close();
  });
});
