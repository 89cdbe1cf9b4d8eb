/**
 * The one idempotent step the background takes on every start (install, update, browser start,
 * wake, alarm) and after every change: show what is due now (once each, through the shared
 * reminder check), set the badge, and set the alarms again from the store. Nothing is kept
 * between runs: everything is read from the store each time, because the worker may be stopped
 * between any two events.
 */
import { getSettings, simsWithEvents, type SimKeeperDb } from '../../shared/db/index';
import type { IsoDate } from '../../shared/rules/dates';
import type { Notifier } from '../../shared/reminders/notifier';
import { runReminderCheck } from '../../shared/reminders/reminder-check';
import { planAlarms, type AlarmPlan } from './schedule';

export interface RefreshPlatform {
  notifier: Notifier;
  setAlarms(plan: AlarmPlan): Promise<void>;
}

/** Returns how many reminders it showed. */
export async function refresh(db: SimKeeperDb, today: IsoDate, now: number, platform: RefreshPlatform): Promise<number> {
  const [known, settings] = await Promise.all([simsWithEvents(db), getSettings(db)]);
  const shown = await runReminderCheck(db, today, platform.notifier, known);
  await platform.setAlarms(planAlarms({ ...known, leadDays: settings.leadDays, today, now }));
  return shown;
}
