import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addEvent, addSim, getReminderState, openSimKeeperDb, setSetting } from '../../../shared/db/index';
import { withPolicy } from '../../../shared/rules';
import { eventsForSim } from '../../../shared/db/index';
import { handleReminderAction, runReminderCheck } from '../../../shared/reminders/reminder-check';
import type { Notifier, ReminderNotice } from '../../../shared/reminders/notifier';

const TODAY = '2026-03-29';

async function dbWithOneDueSim() {
  const db = openSimKeeperDb(`reminder-check-${crypto.randomUUID()}`);
  await setSetting(db, 'backupReminder', false);
  const sim = await addSim(db, {
    label: 'Jio spare', number: '9876543210', operator: 'jio', connection: 'prepaid', since: '2026-01-01', policy: withPolicy(),
  }, TODAY);
  return { db, sim };
}

function recorder() {
  const shown: ReminderNotice[] = [];
  const badges: [number, string | null][] = [];
  const show: Notifier = {
    show: async (notice) => { shown.push(notice); },
    setBadge: async (count, level) => { badges.push([count, level]); },
  };
  return { shown, show, badges };
}

describe('runReminderCheck', () => {
  it('shows a due reminder once, tagged and linked to the SIM, and records it as shown', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    expect(await runReminderCheck(db, TODAY, show)).toBe(1);
    expect(shown).toHaveLength(1);
    const id = `${sim.id}:non_usage_ends:2026-04-01:3`;
    expect(shown[0]).toMatchObject({ id, lang: 'en-IN', url: `./#/sim/${sim.id}`, simId: sim.id });
    expect(shown[0]!.title).toContain('Jio spare');
    expect(JSON.stringify(shown)).not.toContain('9876543210');
    expect((await getReminderState(db, id))?.status).toBe('shown');
    expect(await runReminderCheck(db, TODAY, show)).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('records nothing when a notification cannot be shown, so it shows later', async () => {
    const { db } = await dbWithOneDueSim();
    const refuse: Notifier = {
      show: async () => { throw new Error('Notification permission not granted'); },
      setBadge: async () => undefined,
    };
    expect(await runReminderCheck(db, TODAY, refuse)).toBe(0);
    const { shown, show } = recorder();
    expect(await runReminderCheck(db, TODAY, show)).toBe(1);
    expect(shown).toHaveLength(1);
  });

  it('decides from the SIMs and events the page passes, without reading them again', async () => {
    const { db } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    expect(await runReminderCheck(db, TODAY, show, { sims: [], eventsBySim: new Map() })).toBe(0);
    expect(shown).toEqual([]);
  });

  it('shows the backup reminder when there is data and no backup yet', async () => {
    const { db } = await dbWithOneDueSim();
    await setSetting(db, 'backupReminder', true);
    const { shown, show } = recorder();
    expect(await runReminderCheck(db, TODAY, show)).toBe(2);
    expect(shown.map((s) => s.id)).toContain('backup:2026-03');
    expect((await getReminderState(db, 'backup:2026-03'))?.status).toBe('shown');
  });
});

describe('the buttons on a reminder', () => {
  it('offers only "Remind me tomorrow" and "Done" on a closed operator\'s refund reminder', async () => {
    const { db, sim } = await dbWithOneDueSim();
    await addEvent(db, { simId: sim.id, type: 'balance', date: '2026-01-01', amount: 5000 }, TODAY);
    await addEvent(db, { simId: sim.id, type: 'operator_closed', date: '2026-02-01' }, TODAY);
    const { shown, show } = recorder();
    expect(await runReminderCheck(db, TODAY, show)).toBe(1);
    expect(shown[0]).toMatchObject({ id: `${sim.id}:refund_outstanding:2026-03-03`, title: 'Jio spare: refund of ₹50 from Jio still outstanding' });
    expect(shown[0]?.actions.map((a) => a.action)).toEqual(['snooze', 'done']);
  });

  it('offers "I used it today", "Remind me tomorrow" and "Done" in the user\'s language', async () => {
    const { db } = await dbWithOneDueSim();
    await setSetting(db, 'language', 'hi');
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    expect(shown[0]?.actions).toEqual([
      { action: 'used', title: 'आज इस्तेमाल किया' }, { action: 'snooze', title: 'कल याद दिलाएँ' }, { action: 'done', title: 'हो गया' },
    ]);
  });

  it('rings in the browser\'s language until the user picks one, and in the one picked after that', async () => {
    const { db } = await dbWithOneDueSim();
    vi.stubGlobal('navigator', { languages: ['hi-IN', 'en-IN'] });
    try {
      const browserHindi = recorder();
      await runReminderCheck(db, TODAY, browserHindi.show);
      expect(browserHindi.shown[0]?.lang).toBe('hi-IN');
      expect(browserHindi.shown[0]?.actions[0]?.title).toBe('आज इस्तेमाल किया');

      await setSetting(db, 'language', 'en');
      await db.reminders.clear();
      const chosenEnglish = recorder();
      await runReminderCheck(db, TODAY, chosenEnglish.show);
      expect(chosenEnglish.shown[0]?.actions[0]?.title).toBe('I used it today');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('logs a call today with "I used it today", which retires the reminder', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    expect(await handleReminderAction(db, 'used', shown[0]!.id, sim.id, TODAY)).toBe(true);
    expect(await eventsForSim(db, sim.id)).toMatchObject([{ type: 'activity', kind: 'call_out', date: TODAY }]);
    const after = recorder();
    expect(await runReminderCheck(db, TODAY, after.show)).toBe(0);
    expect(after.badges).toEqual([[0, null]]);
  });

  it('sets the badge to the number of SIMs that need attention, with the most urgent level', async () => {
    const { db } = await dbWithOneDueSim();
    const { show, badges } = recorder();
    await runReminderCheck(db, TODAY, show);
    expect(badges).toEqual([[1, 'urgent']]);
  });

  it('snoozes a reminder to tomorrow: not shown again today, shown again tomorrow while still due', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    const tag = shown[0]!.id;

    expect(await handleReminderAction(db, 'snooze', tag, sim.id, TODAY)).toBe(true);
    expect(await getReminderState(db, tag)).toMatchObject({ status: 'snoozed', until: '2026-03-30' });
    expect(await runReminderCheck(db, TODAY, show)).toBe(0);
    expect(await runReminderCheck(db, '2026-03-30', show)).toBeGreaterThan(0);
    expect(shown.map((n) => n.id)).toContain(tag);
  });

  it('dismisses a reminder for good with "Done"', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    const tag = shown[0]!.id;
    expect(await handleReminderAction(db, 'done', tag, sim.id, TODAY)).toBe(true);
    expect(await getReminderState(db, tag)).toMatchObject({ status: 'dismissed' });
  });

  it('leaves a tap on the notification itself to open the app', async () => {
    const { db, sim } = await dbWithOneDueSim();
    expect(await handleReminderAction(db, '', 'any', sim.id, TODAY)).toBe(false);
  });
});
