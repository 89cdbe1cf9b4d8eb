import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addSim, getReminderState, openSimKeeperDb, setSetting } from '../../shared/db/index';
import { withPolicy } from '../../shared/rules';
import { handleReminderAction, runReminderCheck, type ShowNotification } from '../../pwa/platform/reminder-check';

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
  const shown: { title: string; options: Parameters<ShowNotification>[1] }[] = [];
  const show: ShowNotification = async (title, options) => {
    shown.push({ title, options });
  };
  return { shown, show };
}

describe('runReminderCheck', () => {
  it('shows a due reminder once, tagged and linked to the SIM, and records it as shown', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    expect(await runReminderCheck(db, TODAY, show)).toBe(1);
    expect(shown).toHaveLength(1);
    const id = `${sim.id}:non_usage_ends:2026-04-01:3`;
    expect(shown[0]!.options).toMatchObject({ tag: id, lang: 'en-IN', data: { url: `./#/sim/${sim.id}`, simId: sim.id } });
    expect(shown[0]!.title).toContain('Jio spare');
    expect(JSON.stringify(shown)).not.toContain('9876543210');
    expect((await getReminderState(db, id))?.status).toBe('shown');
    expect(await runReminderCheck(db, TODAY, show)).toBe(0);
    expect(shown).toHaveLength(1);
  });

  it('records nothing when a notification cannot be shown, so it shows later', async () => {
    const { db } = await dbWithOneDueSim();
    const refuse: ShowNotification = async () => {
      throw new Error('Notification permission not granted');
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
    expect(shown.map((s) => s.options.tag)).toContain('backup:2026-03');
    expect((await getReminderState(db, 'backup:2026-03'))?.status).toBe('shown');
  });
});

describe('the buttons on a reminder', () => {
  it('offers "Remind me tomorrow" and "Done" in the user\'s language', async () => {
    const { db } = await dbWithOneDueSim();
    await setSetting(db, 'language', 'hi');
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    expect((shown[0]?.options as { actions?: { action: string; title: string }[] }).actions).toEqual([
      { action: 'snooze', title: 'कल याद दिलाएँ' }, { action: 'done', title: 'हो गया' },
    ]);
  });

  it('snoozes a reminder to tomorrow: not shown again today, shown again tomorrow while still due', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    const tag = shown[0]!.options.tag;

    expect(await handleReminderAction(db, 'snooze', tag, sim.id, TODAY)).toBe(true);
    expect(await getReminderState(db, tag)).toMatchObject({ status: 'snoozed', until: '2026-03-30' });
    expect(await runReminderCheck(db, TODAY, show)).toBe(0);
    expect(await runReminderCheck(db, '2026-03-30', show)).toBeGreaterThan(0);
    expect(shown.map((n) => n.options.tag)).toContain(tag);
  });

  it('dismisses a reminder for good with "Done"', async () => {
    const { db, sim } = await dbWithOneDueSim();
    const { shown, show } = recorder();
    await runReminderCheck(db, TODAY, show);
    const tag = shown[0]!.options.tag;
    expect(await handleReminderAction(db, 'done', tag, sim.id, TODAY)).toBe(true);
    expect(await getReminderState(db, tag)).toMatchObject({ status: 'dismissed' });
  });

  it('leaves a tap on the notification itself to open the app', async () => {
    const { db, sim } = await dbWithOneDueSim();
    expect(await handleReminderAction(db, '', 'any', sim.id, TODAY)).toBe(false);
  });
});
