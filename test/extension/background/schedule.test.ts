import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addSim, simsWithEvents, addEvent } from '../../../shared/db/index';
import { DEFAULT_LEAD_DAYS } from '../../../shared/rules/reminders';
import { atLocalHour, nextReminderDate, planAlarms, RING_HOUR } from '../../../extension/background/schedule';
import { freshDb, simInput } from '../../shared/db/helpers';

const TODAY = '2026-03-15';

async function storeWith(since: string) {
  const db = freshDb();
  const sim = await addSim(db, simInput({ since }), TODAY);
  return { db, sim, known: await simsWithEvents(db) };
}

describe('atLocalHour', () => {
  it('gives the instant of that hour on that calendar day in the local zone', () => {
    const at = new Date(atLocalHour('2026-03-15', 9));
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]).toEqual([2026, 2, 15, 9, 0]);
  });
});

describe('nextReminderDate', () => {
  it('is the first reminder day after today: the 90 days end in 5 days, so the 3-days-before reminder in 2', async () => {
    const { known } = await storeWith('2025-12-20'); // 90 days end on 2026-03-20
    expect(nextReminderDate({ ...known, leadDays: DEFAULT_LEAD_DAYS, today: TODAY })).toBe('2026-03-17');
  });

  it('follows the user\'s lead days', async () => {
    const { known } = await storeWith('2025-12-20');
    expect(nextReminderDate({ ...known, leadDays: [1], today: TODAY })).toBe('2026-03-19');
  });

  it('is recomputed from the events: a call today moves it 90 days on', async () => {
    const { db, sim } = await storeWith('2025-12-20');
    await addEvent(db, { simId: sim.id, type: 'activity', kind: 'call_out', date: TODAY }, TODAY);
    const known = await simsWithEvents(db);
    // 90 days from 2026-03-15 end on 2026-06-13; 14 days before is 2026-05-30.
    expect(nextReminderDate({ ...known, leadDays: DEFAULT_LEAD_DAYS, today: TODAY })).toBe('2026-05-30');
  });

  it('is null with no SIMs', () => {
    expect(nextReminderDate({ sims: [], eventsBySim: new Map(), leadDays: DEFAULT_LEAD_DAYS, today: TODAY })).toBeNull();
  });
});

describe('planAlarms', () => {
  it('rings the next reminder at 9 am and checks daily at the next 9 am', async () => {
    const { known } = await storeWith('2025-12-20');
    const morning = atLocalHour(TODAY, 7);
    expect(planAlarms({ ...known, leadDays: DEFAULT_LEAD_DAYS, today: TODAY, now: morning })).toEqual({
      nextReminder: atLocalHour('2026-03-17', RING_HOUR), dailyCheck: atLocalHour(TODAY, RING_HOUR),
    });
    const evening = atLocalHour(TODAY, 20);
    expect(planAlarms({ ...known, leadDays: DEFAULT_LEAD_DAYS, today: TODAY, now: evening }).dailyCheck).toBe(atLocalHour('2026-03-16', RING_HOUR));
  });

  it('gives the same plan for the same store and time, however often it runs', async () => {
    const { known } = await storeWith('2025-12-20');
    const inputs = { ...known, leadDays: DEFAULT_LEAD_DAYS, today: TODAY, now: atLocalHour(TODAY, 12) };
    expect(planAlarms(inputs)).toEqual(planAlarms(inputs));
  });
});
