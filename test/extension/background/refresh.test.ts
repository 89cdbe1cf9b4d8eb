import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addSim, setSetting } from '../../../shared/db/index';
import type { Notifier, ReminderNotice } from '../../../shared/reminders/notifier';
import { refresh } from '../../../extension/background/refresh';
import { atLocalHour, RING_HOUR, type AlarmPlan } from '../../../extension/background/schedule';
import { freshDb, simInput } from '../../shared/db/helpers';
import { provideLanguage, translate } from '../../../shared/i18n/translate';
import { hi } from '../../../shared/i18n/hi';

provideLanguage('hi', hi);

const TODAY = '2026-03-15';

function fakePlatform() {
  const shown: ReminderNotice[] = [];
  const badges: [number, string | null][] = [];
  const plans: AlarmPlan[] = [];
  const menuTitles: string[] = [];
  const notifier: Notifier = { show: async (n) => { shown.push(n); }, setBadge: async (c, l) => { badges.push([c, l]); } };
  return {
    shown, badges, plans, menuTitles,
    platform: { notifier, setAlarms: async (plan: AlarmPlan) => { plans.push(plan); }, setMenuTitle: (title: string) => { menuTitles.push(title); } },
  };
}

describe('the background\'s refresh', () => {
  it('shows what is due, sets the badge, and sets the alarms from the store', async () => {
    const db = freshDb();
    await setSetting(db, 'backupReminder', false);
    const sim = await addSim(db, simInput({ label: 'Spare', since: '2025-12-20' }), TODAY); // 90 days end on 2026-03-20
    const fake = fakePlatform();
    expect(await refresh(db, TODAY, atLocalHour(TODAY, 8), fake.platform)).toBe(1);
    expect(fake.shown.map((n) => n.id)).toEqual([`${sim.id}:non_usage_ends:2026-03-20:7`]);
    expect(fake.badges).toEqual([[1, 'soon']]);
    expect(fake.plans).toEqual([{ nextReminder: atLocalHour('2026-03-17', RING_HOUR), dailyCheck: atLocalHour(TODAY, RING_HOUR) }]);
  });

  it('is idempotent: a second run shows nothing again and sets the same alarms', async () => {
    const db = freshDb();
    await setSetting(db, 'backupReminder', false);
    await addSim(db, simInput({ since: '2025-12-20' }), TODAY);
    const fake = fakePlatform();
    await refresh(db, TODAY, atLocalHour(TODAY, 8), fake.platform);
    expect(await refresh(db, TODAY, atLocalHour(TODAY, 8), fake.platform)).toBe(0);
    expect(fake.shown).toHaveLength(1);
    expect(fake.plans[1]).toEqual(fake.plans[0]);
  });

  it('titles the toolbar menu in the language the user chose since the install', async () => {
    const db = freshDb();
    const fake = fakePlatform();
    await refresh(db, TODAY, atLocalHour(TODAY, 8), fake.platform);
    await setSetting(db, 'language', 'hi');
    await refresh(db, TODAY, atLocalHour(TODAY, 8), fake.platform);
    expect(fake.menuTitles).toEqual([translate('en', 'ext.menuReadPage'), translate('hi', 'ext.menuReadPage')]);
    expect(fake.menuTitles[0]).not.toBe(fake.menuTitles[1]);
  });
});
