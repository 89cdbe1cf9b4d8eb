import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent, addSim, allEvents, deleteEvent, getSetting, listSims, setSetting } from '../../../shared/db/index';
import { applySnapshot, snapshotForSync } from '../../../shared/sync/sync-store';
import { freshDb, simInput } from '../db/helpers';

const TODAY = '2026-03-15';

describe('the sync store', () => {
  it('moves SIMs and events from one store to another, and a second time changes nothing', async () => {
    const a = freshDb();
    const sim = await addSim(a, simInput(), TODAY);
    await addEvent(a, { simId: sim.id, type: 'activity', kind: 'call_out', date: TODAY }, TODAY);
    const b = freshDb();
    expect(await applySnapshot(b, await snapshotForSync(a), TODAY)).toEqual({ changed: 2 });
    expect((await listSims(b)).map((s) => s.id)).toEqual([sim.id]);
    expect(await allEvents(b)).toEqual(await allEvents(a));
    expect(await applySnapshot(b, await snapshotForSync(a), TODAY)).toEqual({ changed: 0 });
  });

  it('keeps each device\'s settings: a sync is not a backup, and the language stays', async () => {
    const a = freshDb();
    await addSim(a, simInput(), TODAY);
    await setSetting(a, 'language', 'hi');
    const b = freshDb();
    await applySnapshot(b, await snapshotForSync(a), TODAY);
    expect(await getSetting(b, 'lastBackupAt')).toBeNull();
    expect(await getSetting(b, 'language')).toBe('en');
    await setSetting(b, 'lastBackupAt', '2026-03-01T10:00:00.000Z');
    await applySnapshot(b, await snapshotForSync(a), TODAY);
    expect(await getSetting(b, 'lastBackupAt')).toBe('2026-03-01T10:00:00.000Z');
  });

  it('writes nothing when one record does not validate', async () => {
    const b = freshDb();
    const a = freshDb();
    await addSim(a, simInput(), TODAY);
    const snapshot = await snapshotForSync(a);
    snapshot.sims.push({ ...snapshot.sims[0]!, id: 'second', number: 'not a number' });
    await expect(applySnapshot(b, snapshot, TODAY)).rejects.toThrow();
    expect(await listSims(b)).toEqual([]);
  });

  it('carries a deletion both ways, and an older copy does not bring it back', async () => {
    const a = freshDb();
    const sim = await addSim(a, simInput(), TODAY);
    const event = await addEvent(a, { simId: sim.id, type: 'activity', kind: 'call_out', date: TODAY }, TODAY);
    const b = freshDb();
    await applySnapshot(b, await snapshotForSync(a), TODAY);
    const older = await snapshotForSync(b);
    await deleteEvent(b, event.id, TODAY);
    await applySnapshot(a, await snapshotForSync(b), TODAY);
    expect(await allEvents(a)).toEqual([]);
    await applySnapshot(b, older, TODAY);
    expect(await allEvents(b)).toEqual([]);
  });
});
