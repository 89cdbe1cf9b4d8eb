import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addSimWithEvents } from '../../../shared/db/add-sim-with-events';
import { allEvents } from '../../../shared/db/events';
import { eachError } from '../../../shared/validation/collect-errors';
import type { ValidationError } from '../../../shared/validation/validation-error';
import { TODAY, errorOf, freshDb, simInput } from './helpers';

describe('addSimWithEvents', () => {
  it('stores the SIM and its first events together, with the summary they give', async () => {
    const db = freshDb();
    const sim = await addSimWithEvents(db, simInput({ since: '2025-12-01' }), [
      { type: 'recharge', date: '2025-12-01', amount: 19900, voucher: 'plan', validityDays: 28 },
      { type: 'balance', date: TODAY, amount: 4500 },
    ], TODAY);
    const events = await allEvents(db);
    expect(events.map((e) => [e.simId, e.type, e.seq, e.source])).toEqual([[sim.id, 'recharge', 1, 'manual'], [sim.id, 'balance', 2, 'manual']]);
    // The first projection already knows the balance and the plan's validity (reg 4).
    const summary = await db.summaries.get(sim.id);
    expect(summary?.segments[0]?.projection).toMatchObject({ balance: 4500, plan: { validityEnds: '2025-12-28' } });
  });

  it('writes nothing, and names every problem, when the SIM or an event is wrong', async () => {
    const db = freshDb();
    const error = await errorOf(() => addSimWithEvents(db, simInput({ label: '' }), [
      { type: 'balance', date: '2026-04-01', amount: 100 },
    ], TODAY));
    expect(eachError(error as ValidationError).map((e) => e.field)).toEqual(['label', 'events[0].date']);
    expect(await db.sims.count()).toBe(0);
    expect(await allEvents(db)).toEqual([]);
  });
});
