/**
 * The one idempotent step the background takes on every start (install, update, browser start,
 * wake, alarm) and after every change: show what is due now (once each, through the shared
 * reminder check), set the badge, set the alarms again from the store, and title the toolbar
 * menu in the user's language. Nothing is kept
 * between runs: everything is read from the store each time, because the worker may be stopped
 * between any two events.
 */
import { settingsAsShown, simsWithEvents, type SimKeeperDb } from '../../shared/db/index';
import type { IsoDate } from '../../shared/rules/dates';
import type { Notifier } from '../../shared/reminders/notifier';
import { runReminderCheck } from '../../shared/reminders/reminder-check';
import { planAlarms, type AlarmPlan } from './schedule';
import { word } from '../words';

export interface RefreshPlatform {
  notifier: Notifier;
  setAlarms(plan: AlarmPlan): Promise<void>;
  /** The toolbar menu's "Read this page…" item, in the user's language (menus outlive the worker). */
  setMenuTitle(title: string): void;
}

/** Returns how many reminders it showed. */
export async function refresh(db: SimKeeperDb, today: IsoDate, now: number, platform: RefreshPlatform): Promise<number> {
  const [known, settings] = await Promise.all([simsWithEvents(db), settingsAsShown(db, globalThis.navigator?.languages ?? [])]);
  // The menu was made at install, in the language of that moment: the user may have changed it since.
  platform.setMenuTitle(word(settings.language, 'menuReadPage'));
  const shown = await runReminderCheck(db, today, platform.notifier, known);
  await platform.setAlarms(planAlarms({ ...known, leadDays: settings.leadDays, today, now }));
  return shown;
}
