import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent, eventsForSim } from '../../../shared/db/events';
import { monthsOfSim } from '../../../shared/db/event-months';
import { addSim } from '../../../shared/db/sims';
import { applySync, syncSnapshot } from '../../../shared/db/sync';
import { TODAY, freshDb, simInput } from './helpers';

describe('applySync with an event the other side moved to another SIM', () => {
  /** A store with SIMs A and B, the event to move in A beside another; and the moved copy, newer. */
  async function setUp() {
    const db = freshDb();
    const a = await addSim(db, simInput({ label: 'A' }), TODAY);
    const b = await addSim(db, simInput({ label: 'B', number: '9123456780' }), TODAY);
    const moving = await addEvent(db, { simId: a.id, type: 'activity', kind: 'call_out', date: '2026-03-01' }, TODAY);
    const staying = await addEvent(db, { simId: a.id, type: 'activity', kind: 'data', date: '2026-03-01' }, TODAY);
    const moved = { ...moving, simId: b.id, updatedAt: '2099-01-01T00:00:00.000Z' };
    return { db, a, b, staying, moved };
  }

  const idsIn = async (db: ReturnType<typeof freshDb>, simId: string) => (await monthsOfSim(db, simId)).flatMap((m) => m.events.map((e) => e.id));

  it('takes it out of the first SIM\'s months when the snapshot names only the second SIM', async () => {
    const { db, a, b, staying, moved } = await setUp();
    const report = await applySync(db, { sims: [], events: [moved] }, TODAY);
    expect(report.events).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(report.changedSimIds.sort()).toEqual([a.id, b.id].sort());
    expect(await idsIn(db, a.id)).toEqual([staying.id]);
    expect(await idsIn(db, b.id)).toEqual([moved.id]);
    expect((await db.summaries.get(a.id))?.eventCount).toBe(1);
    expect((await db.summaries.get(b.id))?.eventCount).toBe(1);
  });

  it('takes it out of the first SIM\'s months when the snapshot also changes that SIM\'s events', async () => {
    const { db, a, b, staying, moved } = await setUp();
    const edited = { ...staying, note: 'edited', updatedAt: '2099-01-01T00:00:00.000Z' };
    await applySync(db, { sims: [], events: [edited, moved] }, TODAY);
    expect(await eventsForSim(db, a.id)).toEqual([edited]);
    expect(await eventsForSim(db, b.id)).toEqual([moved]);
    expect((await syncSnapshot(db)).events.map((e) => e.id).sort()).toEqual([edited.id, moved.id].sort());
  });
});
