import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEventsTogether } from '../../../shared/db/add-events';
import { addEvent, allEvents, deleteEvent } from '../../../shared/db/events';
import { addSim, deleteSim } from '../../../shared/db/sims';
import { eachError } from '../../../shared/validation/collect-errors';
import type { ValidationError } from '../../../shared/validation/validation-error';
import { TODAY, errorOf, freshDb, simInput } from './helpers';

async function twoSims() {
  const db = freshDb();
  const a = await addSim(db, simInput({ label: 'RCom 1', number: '9876543210', since: '2026-01-01' }), TODAY);
  const b = await addSim(db, simInput({ label: 'RCom 2', number: '9876543211', connection: 'postpaid', since: '2026-01-01' }), TODAY);
  return { db, a, b };
}

describe('addEventsTogether: an operator closing every SIM at once', () => {
  it('writes each SIM its closure, with the next seq of that SIM and the summary it gives', async () => {
    const { db, a, b } = await twoSims();
    await addEvent(db, { simId: a.id, type: 'balance', date: '2026-03-01', amount: 4500 }, TODAY);
    const gone = await addEvent(db, { simId: a.id, type: 'activity', kind: 'call_out', date: '2026-03-01' }, TODAY);
    await deleteEvent(db, gone.id, TODAY);
    await addEventsTogether(db, [
      { simId: a.id, type: 'operator_closed', date: '2026-03-10' },
      { simId: b.id, type: 'operator_closed', date: '2026-03-10', securityDeposit: 50000 },
    ], TODAY);
    const events = await allEvents(db);
    // The tombstone still holds seq 2: the closure takes 3 (a Lamport counter never reuses one).
    const bySim = (simId: string) => events.filter((e) => e.simId === simId).map((e) => [e.type, e.seq]);
    expect(bySim(a.id)).toEqual([['balance', 1], ['operator_closed', 3]]);
    expect(bySim(b.id)).toEqual([['operator_closed', 1]]);
    expect((await db.summaries.get(a.id))?.segments[0]?.projection).toMatchObject({ state: 'closed', closure: { refund: { due: 4500 } } });
    expect((await db.summaries.get(b.id))?.segments[0]?.projection).toMatchObject({ state: 'closed', closure: { refund: { due: 50000 } } });
  });

  it('writes nothing, and names every problem, when one event is wrong', async () => {
    const { db, a, b } = await twoSims();
    const error = await errorOf(() => addEventsTogether(db, [
      { simId: a.id, type: 'operator_closed', date: '2026-03-10' },
      { simId: b.id, type: 'operator_closed', date: '2026-03-10', securityDeposit: 0 },
      { simId: b.id, type: 'refund_claimed', date: '2026-04-01' },
    ], TODAY));
    expect(eachError(error as ValidationError).map((e) => `${e.field} ${e.code}`)).toEqual(['events[1].securityDeposit not_positive', 'events[2].date after_today']);
    expect(await allEvents(db)).toEqual([]);
    expect((await db.summaries.get(a.id))?.segments[0]?.projection.state).toBe('active');
  });

  it('undoes the SIMs already written when a later SIM is missing inside the transaction', async () => {
    const { db, a, b } = await twoSims();
    await deleteSim(db, b.id);
    const error = await errorOf(() => addEventsTogether(db, [
      { simId: a.id, type: 'operator_closed', date: '2026-03-10' },
      { simId: b.id, type: 'operator_closed', date: '2026-03-10' },
    ], TODAY));
    expect((error as ValidationError).code).toBe('no_such_sim');
    expect(await allEvents(db)).toEqual([]);
    expect((await db.summaries.get(a.id))?.segments[0]?.projection.state).toBe('active');
  });
});
