import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearReminder, getReminderState, markReminder, reminderStates } from '../../../shared/db/reminder-state';
import { addSim } from '../../../shared/db/sims';
import { ValidationError } from '../../../shared/db/validation-error';
import { TODAY, errorOf, freshDb, simInput } from './helpers';

describe('reminder states', () => {
  it('records a snooze with its end, then a dismissal replaces it', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    const snoozed = await markReminder(db, 'r1', sim.id, 'snoozed', '2026-03-18');
    expect(snoozed).toMatchObject({ id: 'r1', simId: sim.id, status: 'snoozed', until: '2026-03-18' });
    expect(snoozed.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await markReminder(db, 'r1', sim.id, 'dismissed');
    const state = await getReminderState(db, 'r1');
    expect(state).toMatchObject({ status: 'dismissed' });
    expect(state).not.toHaveProperty('until');
    expect(await reminderStates(db)).toHaveLength(1);
  });

  it("accepts an app-wide reminder with simId ''", async () => {
    const db = freshDb();
    await markReminder(db, 'backup:2026-03', '', 'shown');
    expect(await reminderStates(db)).toHaveLength(1);
  });

  it('refuses a reminder for a SIM that does not exist', async () => {
    const error = await errorOf(() => markReminder(freshDb(), 'r1', 'nope', 'shown'));
    expect((error as ValidationError).field).toBe('simId');
  });

  it('refuses a snooze without an end date', async () => {
    const db = freshDb();
    const sim = await addSim(db, simInput(), TODAY);
    const error = await errorOf(() => markReminder(db, 'r1', sim.id, 'snoozed'));
    expect((error as ValidationError).field).toBe('until');
    expect(await reminderStates(db)).toHaveLength(0);
  });

  it('forgets a state so the reminder may show again', async () => {
    const db = freshDb();
    await markReminder(db, 'backup', '', 'dismissed');
    await clearReminder(db, 'backup');
    expect(await getReminderState(db, 'backup')).toBeUndefined();
  });
});
