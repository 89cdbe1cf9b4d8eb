import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SIM_COLOURS } from '../../../shared/db/colours';
import { addEvent, allEvents } from '../../../shared/db/events';
import { syncSnapshot } from '../../../shared/db/sync';
import { markReminder } from '../../../shared/db/reminder-state';
import { addSim, deleteSim, getSim, listSims, restoreSim, updateSim } from '../../../shared/db/sims';
import { ValidationError } from '../../../shared/db/validation-error';
import { TODAY, errorOf, freshDb, simInput } from './helpers';

describe('addSim', () => {
  it('stores a SIM with an id, timestamps and the normalised number', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    expect(sim.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.number).toBe('9876543210');
    expect(sim.createdAt).toBe(sim.updatedAt);
    expect(await getSim(db, sim.id)).toEqual(sim);
  });

  it('gives each new SIM the next palette colour unless one is chosen', async () => {
    const db = freshDb();
    const first = await addSim(db, simInput(), TODAY);
    const second = await addSim(db, simInput({ label: 'Second' }), TODAY);
    const chosen = await addSim(db, simInput({ label: 'Chosen', colour: '#ABCDEF' }), TODAY);
    expect([first.colour, second.colour, chosen.colour]).toEqual([SIM_COLOURS[0], SIM_COLOURS[1], '#abcdef']);
  });

  it('writes nothing when the input is invalid', async () => {
    const db = freshDb();
    const error = await errorOf(() => addSim(db, simInput({ number: '12345' }), TODAY));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('number');
    expect(await db.sims.count()).toBe(0);
  });
});

describe('updateSim', () => {
  it('changes the fields given, keeps the rest, and moves updatedAt on', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await updateSim(db, sim.id, { label: 'Renamed', number: '0 70000 00000' }, TODAY);
    expect(updated).toMatchObject({ id: sim.id, label: 'Renamed', number: '7000000000', operator: 'jio', colour: sim.colour, createdAt: sim.createdAt });
    expect(updated.updatedAt > sim.updatedAt).toBe(true);
    expect(await getSim(db, sim.id)).toEqual(updated);
  });

  it('rejects an invalid change and leaves the SIM as it was', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    const error = await errorOf(() => updateSim(db, sim.id, { since: '2099-01-01' }, TODAY));
    expect((error as ValidationError).field).toBe('since');
    expect(await getSim(db, sim.id)).toEqual(sim);
  });

  it('reports a SIM that does not exist', async () => {
    const db = freshDb();
    const error = await errorOf(() => updateSim(db, 'missing', { label: 'x' }, TODAY));
    expect((error as ValidationError).field).toBe('id');
  });
});

describe('deleteSim and restoreSim', () => {
  it('deletes the SIM with its events and reminder states, and leaves other SIMs alone', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    const other = await addSim(db, simInput({ label: 'Other' }), TODAY);
    await addEvent(db, { simId: sim.id, type: 'activity', date: '2026-03-01', kind: 'call_out' }, TODAY);
    await addEvent(db, { simId: sim.id, type: 'balance', date: '2026-03-02', amount: 500 }, TODAY);
    const kept = await addEvent(db, { simId: other.id, type: 'activity', date: '2026-03-01', kind: 'data' }, TODAY);
    await markReminder(db, `${sim.id}:x`, sim.id, 'dismissed');
    await markReminder(db, `${other.id}:x`, other.id, 'shown');

    const deleted = await deleteSim(db, sim.id);

    expect(deleted?.sim).toEqual(sim);
    expect(deleted?.events).toHaveLength(2);
    expect(deleted?.reminders.map((r) => r.id)).toEqual([`${sim.id}:x`]);
    expect(await listSims(db)).toEqual([other]);
    expect(await getSim(db, sim.id)).toBeUndefined();
    expect(await allEvents(db)).toEqual([kept]);
    expect((await db.reminders.toArray()).map((r) => r.id)).toEqual([`${other.id}:x`]);
  });

  it('puts back exactly what was deleted', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    await addEvent(db, { simId: sim.id, type: 'activity', date: '2026-03-01', kind: 'call_out', note: 'to mum' }, TODAY);
    await markReminder(db, 'r', sim.id, 'snoozed', '2026-03-20');
    const withoutStamp = <T extends { updatedAt: string }>(rows: T[]) => rows.map(({ updatedAt: _stamp, ...rest }) => rest);
    const before = { sims: withoutStamp(await listSims(db)), events: await allEvents(db), reminders: await db.reminders.toArray() };

    const deleted = await deleteSim(db, sim.id);
    await restoreSim(db, deleted!);

    expect({ sims: withoutStamp(await listSims(db)), events: await allEvents(db), reminders: await db.reminders.toArray() }).toEqual(before);
    expect((await syncSnapshot(db)).sims[0]).not.toHaveProperty('deleted');
  });

  it('returns null for a SIM that is not there', async () => {
    expect(await deleteSim(freshDb(), 'missing')).toBeNull();
  });
});

describe('listSims', () => {
  it('lists SIMs in the order they were added', async () => {
    const db = freshDb();
    const labels = ['One', 'Two', 'Three'];
    for (const label of labels) {
      await addSim(db, simInput({ label }), TODAY);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await listSims(db)).map((s) => s.label)).toEqual(labels);
  });
});
