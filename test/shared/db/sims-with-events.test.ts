import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent } from '../../../shared/db/events';
import { addSim } from '../../../shared/db/sims';
import { simsWithEvents } from '../../../shared/db/sims-with-events';
import { TODAY, freshDb, simInput } from './helpers';

describe('simsWithEvents', () => {
  it('gives the SIMs in the order added, each with its own events in apply order', async () => {
    const db = freshDb();
    const first = await addSim(db, simInput({ label: 'First' }), TODAY);
    const second = await addSim(db, simInput({ label: 'Second' }), TODAY);
    const late = await addEvent(db, { simId: first.id, type: 'activity', date: '2026-03-10', kind: 'call_out' }, TODAY);
    const early = await addEvent(db, { simId: first.id, type: 'activity', date: '2026-03-01', kind: 'data' }, TODAY);
    const sameDay = await addEvent(db, { simId: first.id, type: 'balance', date: '2026-03-01', amount: 4500 }, TODAY);

    const { sims, eventsBySim } = await simsWithEvents(db);
    expect(sims.map((sim) => sim.label)).toEqual(['First', 'Second']);
    expect(eventsBySim.get(first.id)!.map((e) => e.id)).toEqual([early.id, sameDay.id, late.id]);
    expect(eventsBySim.get(second.id)).toEqual([]);
  });

  it('reads an empty store as no SIMs', async () => {
    expect(await simsWithEvents(freshDb())).toEqual({ sims: [], eventsBySim: new Map() });
  });
});
