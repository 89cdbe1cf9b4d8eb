/**
 * Nothing lost when storage misbehaves (issue 11, section 2), against fake-indexeddb: the
 * browser closing the database under the app (IndexedDB's "close" event, as when storage is
 * cleared in DevTools), the app closing it itself, and a full disk (QuotaExceededError).
 */
import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyImport, backupToJson, exportBackup } from '../../../shared/db/backup';
import { isDatabaseClosed, isStorageFull, type SimKeeperDb } from '../../../shared/db/db';
import { addEvent, allEvents } from '../../../shared/db/events';
import { addSim, listSims } from '../../../shared/db/sims';
import { TODAY, errorOf, freshDb, simInput } from './helpers';

async function storeWithOneSim(): Promise<{ db: SimKeeperDb; simId: string }> {
  const db = freshDb();
  const sim = await addSim(db, simInput(), TODAY);
  return { db, simId: sim.id };
}

/** Makes every write of `db` fail as a full disk does, until the returned function is called. */
async function fillTheDisk(db: SimKeeperDb): Promise<() => void> {
  let full = true;
  db.close(); // a middleware joins when the database opens
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request)),
        };
      },
    }),
  });
  await db.open();
  return () => { full = false; };
}

/** Makes the next transaction begin on a connection the browser is closing, as Chromium reports it. */
async function closeUnderTheNextTransaction(db: SimKeeperDb): Promise<void> {
  let armed = true;
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'closed-under-us',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (!armed) return down.transaction(stores, mode, options);
        armed = false;
        forceCloseDatabase(db.backendDB() as never);
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      },
    }),
  });
  await db.open();
}

describe('when the browser closes the database under the app', () => {
  it('opens it again on the next write and carries on, nothing lost', async () => {
    const { db, simId } = await storeWithOneSim();
    forceCloseDatabase(db.backendDB() as never);
    await addEvent(db, { simId, type: 'activity', date: TODAY, kind: 'call_out' }, TODAY);
    await addSim(db, simInput({ label: 'Second', number: '7000000003' }), TODAY);
    expect((await listSims(db)).map((sim) => sim.label).sort()).toEqual(['Jio — daily', 'Second']);
    expect(await allEvents(db)).toHaveLength(1);
  });

  it('runs a transaction the closing cut off again, whole and once', async () => {
    const { db } = await storeWithOneSim();
    await closeUnderTheNextTransaction(db);
    let runs = 0;
    await db.transaction('rw', db.settings, async () => {
      runs++;
      await db.settings.put({ key: 'theme', value: 'dark' });
      await db.settings.put({ key: 'language', value: 'hi' });
    });
    expect(await db.settings.toArray()).toEqual([{ key: 'language', value: 'hi' }, { key: 'theme', value: 'dark' }]);
    expect(runs).toBeLessThanOrEqual(1);
  });

  it('reopens after close() too, instead of failing every write with DatabaseClosedError', async () => {
    const { db, simId } = await storeWithOneSim();
    db.close();
    await addEvent(db, { simId, type: 'activity', date: TODAY, kind: 'sms_out' }, TODAY);
    expect(await allEvents(db)).toHaveLength(1);
  });

  it('tells a closed database from other errors', () => {
    expect(isDatabaseClosed({ name: 'DatabaseClosedError' })).toBe(true);
    expect(isDatabaseClosed({ name: 'AbortError', inner: { name: 'InvalidStateError' } })).toBe(true);
    expect(isDatabaseClosed({ name: 'ConstraintError' })).toBe(false);
    expect(isDatabaseClosed(new Error('closed'))).toBe(false);
  });
});

describe('when the storage is full', () => {
  it('refuses the write with an error the app recognises, and keeps what was there', async () => {
    const { db, simId } = await storeWithOneSim();
    const before = await db.sims.toArray();
    const emptyTheDisk = await fillTheDisk(db);
    const error = await errorOf(() => addEvent(db, { simId, type: 'recharge', date: TODAY, amount: 29900, voucher: 'plan', validityDays: 28 }, TODAY));
    expect(isStorageFull(error)).toBe(true);
    expect(await db.sims.toArray()).toEqual(before);
    expect(await allEvents(db)).toEqual([]);
    // Space freed: the same write goes through.
    emptyTheDisk();
    await addEvent(db, { simId, type: 'recharge', date: TODAY, amount: 29900, voucher: 'plan', validityDays: 28 }, TODAY);
    expect(await allEvents(db)).toHaveLength(1);
  });

  it('writes nothing of a restore that does not fit', async () => {
    const source = await storeWithOneSim();
    await addEvent(source.db, { simId: source.simId, type: 'activity', date: TODAY, kind: 'call_out' }, TODAY);
    const file = backupToJson(await exportBackup(source.db));
    const { db } = await storeWithOneSim();
    const before = { sims: await db.sims.toArray(), months: await db.eventMonths.toArray(), settings: await db.settings.toArray() };
    await fillTheDisk(db);
    expect(isStorageFull(await errorOf(() => applyImport(db, file, TODAY)))).toBe(true);
    expect({ sims: await db.sims.toArray(), months: await db.eventMonths.toArray(), settings: await db.settings.toArray() }).toEqual(before);
  });

  it('recognises QuotaExceededError however Dexie wraps it', () => {
    expect(isStorageFull(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isStorageFull({ name: 'BulkError', inner: { name: 'ConstraintError' } })).toBe(false);
  });
});
