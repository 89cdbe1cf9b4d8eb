import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addSim, eventsForSim, getReminderState, markReminder } from '../../../shared/db/index';
import { appPagePath, onReminderButton, reminderTarget } from '../../../extension/background/notification-clicks';
import { freshDb, simInput } from '../../shared/db/helpers';

const TODAY = '2026-03-15';

async function shownReminder() {
  const db = freshDb();
  const sim = await addSim(db, simInput({ since: '2025-12-20' }), TODAY);
  const tag = `${sim.id}:non_usage_ends:2026-03-20:7`;
  await markReminder(db, tag, sim.id, 'shown');
  return { db, sim, tag };
}

describe('a click on a reminder notification', () => {
  it('logs a call today on "I used it today" (button 0), which restarts the 90 days (reg 2(aa))', async () => {
    const { db, sim, tag } = await shownReminder();
    expect(await onReminderButton(db, tag, 0, TODAY)).toBe(true);
    const events = await eventsForSim(db, sim.id);
    expect(events.map((e) => [e.type, e.date])).toEqual([['activity', TODAY]]);
  });

  it('snoozes to tomorrow on "Remind me tomorrow" (button 1)', async () => {
    const { db, tag } = await shownReminder();
    expect(await onReminderButton(db, tag, 1, TODAY)).toBe(true);
    expect(await getReminderState(db, tag)).toMatchObject({ status: 'snoozed', until: '2026-03-16' });
  });

  it('does nothing for a notification it never showed, or a button it does not have', async () => {
    const { db, sim, tag } = await shownReminder();
    expect(await onReminderButton(db, 'unknown:tag', 0, TODAY)).toBe(false);
    expect(await onReminderButton(db, tag, 2, TODAY)).toBe(false);
    expect(await eventsForSim(db, sim.id)).toEqual([]);
  });

  it('opens the SIM\'s page in the app page on a click on its body, and Settings for the backup reminder', async () => {
    const { db, sim, tag } = await shownReminder();
    expect(await reminderTarget(db, tag)).toBe(`app.html#/sim/${sim.id}`);
    await markReminder(db, 'backup:2026-03', '', 'shown');
    expect(await reminderTarget(db, 'backup:2026-03')).toBe('app.html#/settings');
  });

  it('turns the app\'s links into the app page\'s', () => {
    expect(appPagePath('./#/sim/a%20b')).toBe('app.html#/sim/a%20b');
    expect(appPagePath('./')).toBe('app.html');
  });
});
