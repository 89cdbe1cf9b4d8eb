import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addEvent, allEvents, deleteEvent, eventsBySim, eventsForSim, restoreEvent, updateEvent,
} from '../../../shared/db/events';
import type { EventRecord } from '../../../shared/db/types';
import { addSim, deleteSim } from '../../../shared/db/sims';
import { ValidationError } from '../../../shared/db/validation-error';
import { TODAY, errorOf, freshDb, simInput } from './helpers';
import { liveEventCount, putEvents, storedEvent, STAMP } from './helpers';

async function dbWithSim() {
  const db = freshDb();
  const sim = await addSim(db, simInput(), TODAY);
  return { db, sim };
}

describe('addEvent', () => {
  it('stores the event with an id, its SIM, a source and the next seq', async () => {
    const { db, sim } = await dbWithSim();
    const first = await addEvent(db, { simId: sim.id, type: 'activity', date: '2026-03-01', kind: 'call_out' }, TODAY);
    const second = await addEvent(db, { simId: sim.id, type: 'recharge', date: '2026-02-01', amount: 19900, voucher: 'plan', validityDays: 28, source: 'sms', note: 'from SMS' }, TODAY);
    expect(first).toMatchObject({ simId: sim.id, source: 'manual', seq: 1 });
    expect(second).toMatchObject({ source: 'sms', seq: 2, note: 'from SMS', validityDays: 28 });
    expect(await storedEvent(db, second.id)).toEqual(second);
  });

  it('refuses an event for a SIM that does not exist, and writes nothing', async () => {
    const { db } = await dbWithSim();
    const error = await errorOf(() => addEvent(db, { simId: 'nope', type: 'deactivated', date: '2026-03-01' }, TODAY));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('simId');
    expect(await liveEventCount(db)).toBe(0);
  });

  it('refuses an invalid event, naming the field', async () => {
    const { db, sim } = await dbWithSim();
    const error = await errorOf(() => addEvent(db, { simId: sim.id, type: 'anr_deduction', date: '2026-03-01', amount: 0 }, TODAY));
    expect((error as ValidationError).field).toBe('amount');
  });

  it('keeps counting up after the newest event is deleted, so seq is never reused out of order', async () => {
    const { db, sim } = await dbWithSim();
    await addEvent(db, { simId: sim.id, type: 'deactivated', date: '2026-03-01' }, TODAY);
    const second = await addEvent(db, { simId: sim.id, type: 'reactivated', date: '2026-03-02' }, TODAY);
    const third = await addEvent(db, { simId: sim.id, type: 'activity', date: '2026-03-03', kind: 'data' }, TODAY);
    await deleteEvent(db, second.id);
    const fourth = await addEvent(db, { simId: sim.id, type: 'activity', date: '2026-03-03', kind: 'sms_out' }, TODAY);
    expect(fourth.seq).toBeGreaterThan(third.seq);
  });
});

describe('eventsForSim', () => {
  it('gives one SIM its events by date, and same-date events in the order recorded', async () => {
    const { db, sim } = await dbWithSim();
    const other = await addSim(db, simInput({ label: 'Other' }), TODAY);
    const add = (simId: string, date: string, kind: 'call_out' | 'data' | 'sms_out') => addEvent(db, { simId, type: 'activity', date, kind }, TODAY);
    const late = await add(sim.id, '2026-03-10', 'call_out');
    const sameDayFirst = await add(sim.id, '2026-03-05', 'data');
    await add(other.id, '2026-03-05', 'data');
    const sameDaySecond = await add(sim.id, '2026-03-05', 'sms_out');
    const early = await add(sim.id, '2026-01-01', 'call_out');

    expect((await eventsForSim(db, sim.id)).map((e) => e.id)).toEqual([early.id, sameDayFirst.id, sameDaySecond.id, late.id]);
    expect(await eventsForSim(db, other.id)).toHaveLength(1);
    expect(await allEvents(db)).toHaveLength(5);
  });

  it('orders same-date events by the order recorded, whatever their ids (the index orders them by id)', async () => {
    const { db, sim } = await dbWithSim();
    const event = (id: string, seq: number, date: string): EventRecord => ({ id, simId: sim.id, seq, source: 'manual', type: 'activity', date, kind: 'call_out', updatedAt: STAMP });
    await putEvents(db, [event('z', 1, '2026-03-01'), event('a', 2, '2026-03-01'), event('m', 3, '2026-02-01'), event('b', 4, '2026-03-01')]);
    expect((await eventsForSim(db, sim.id)).map((e) => e.id)).toEqual(['m', 'z', 'a', 'b']);
  });
});

describe('eventsBySim', () => {
  it("gives each SIM asked for its own events in apply order, and an empty list to a SIM without any", async () => {
    const { db, sim } = await dbWithSim();
    const other = await addSim(db, simInput({ label: 'Other' }), TODAY);
    const quiet = await addSim(db, simInput({ label: 'Quiet' }), TODAY);
    const event = (id: string, simId: string, seq: number, date: string): EventRecord => ({ id, simId, seq, source: 'manual', type: 'activity', date, kind: 'data', updatedAt: STAMP });
    await putEvents(db, [
      event('y', sim.id, 1, '2026-03-02'), event('x', other.id, 2, '2026-03-01'), event('w', sim.id, 3, '2026-03-01'), event('v', sim.id, 4, '2026-03-02'),
    ]);
    const lists = await eventsBySim(db, [sim.id, other.id, quiet.id]);
    expect([...lists.keys()]).toEqual([sim.id, other.id, quiet.id]);
    expect(lists.get(sim.id)!.map((e) => e.id)).toEqual(['w', 'y', 'v']);
    expect(lists.get(other.id)!.map((e) => e.id)).toEqual(['x']);
    expect(lists.get(quiet.id)).toEqual([]);
  });
});

describe('updateEvent', () => {
  it('changes the fields given and keeps id, seq and SIM', async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'recharge', date: '2026-03-01', amount: 19900, voucher: 'plan', validityDays: 28 }, TODAY);
    const updated = await updateEvent(db, event.id, { amount: 29900, note: 'corrected' }, TODAY);
    expect(updated).toEqual({ ...event, amount: 29900, note: 'corrected', updatedAt: updated.updatedAt });
    expect(updated.updatedAt >= event.updatedAt).toBe(true);
    expect(await storedEvent(db, event.id)).toEqual(updated);
  });

  it('removes an optional field set to undefined', async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'recharge', date: '2026-03-01', amount: 19900, voucher: 'plan', validityDays: 28 }, TODAY);
    const updated = await updateEvent(db, event.id, { validityDays: undefined }, TODAY);
    expect(updated).not.toHaveProperty('validityDays');
  });

  it("drops the old type's fields when the type changes", async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'balance', date: '2026-03-01', amount: 500 }, TODAY);
    const updated = await updateEvent(db, event.id, { type: 'activity', kind: 'data' }, TODAY);
    expect(updated).toEqual({ id: event.id, simId: sim.id, source: 'manual', seq: event.seq, type: 'activity', date: '2026-03-01', kind: 'data', updatedAt: updated.updatedAt });
  });

  it('rejects an invalid change and leaves the event as it was', async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'balance', date: '2026-03-01', amount: 500 }, TODAY);
    const error = await errorOf(() => updateEvent(db, event.id, { date: '2026-04-01' }, TODAY));
    expect((error as ValidationError).field).toBe('date');
    expect(await storedEvent(db, event.id)).toEqual(event);
  });

  it('refuses to move an event to a SIM that does not exist', async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'deactivated', date: '2026-03-01' }, TODAY);
    const error = await errorOf(() => updateEvent(db, event.id, { simId: 'nope' }, TODAY));
    expect((error as ValidationError).field).toBe('simId');
  });
});

describe('deleteEvent and restoreEvent', () => {
  it('returns the deleted event, and restoring puts it back unchanged', async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'safe_custody', date: '2026-03-01', months: 3, amount: 15000 }, TODAY);
    const deleted = await deleteEvent(db, event.id);
    expect(deleted).toEqual(event);
    expect(await liveEventCount(db)).toBe(0);
    expect(await storedEvent(db, event.id)).toMatchObject({ id: event.id, deleted: true });
    await restoreEvent(db, deleted!);
    const { updatedAt: _stamp, ...content } = event;
    expect(await storedEvent(db, event.id)).toEqual({ ...content, updatedAt: expect.any(String) });
    expect(await eventsForSim(db, sim.id)).toHaveLength(1);
  });

  it('returns null when there is nothing to delete', async () => {
    const { db } = await dbWithSim();
    expect(await deleteEvent(db, 'missing')).toBeNull();
  });

  it('will not restore an event whose SIM has since been deleted', async () => {
    const { db, sim } = await dbWithSim();
    const event = await addEvent(db, { simId: sim.id, type: 'deactivated', date: '2026-03-01' }, TODAY);
    const deleted = await deleteEvent(db, event.id);
    await deleteSim(db, sim.id);
    const error = await errorOf(() => restoreEvent(db, deleted!));
    expect((error as ValidationError).field).toBe('simId');
    expect(await liveEventCount(db)).toBe(0);
  });
});
