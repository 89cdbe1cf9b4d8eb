/**
 * What a click on a notification does. A button: the shared reminder action ("I used it today"
 * logs a call today, reg 2(aa); "Remind me tomorrow" snoozes; "Done" dismisses), then the
 * notification closes. The body: the SIM's page in the extension's app page.
 *
 * The SIM is read back from the reminder's state (recorded when it was shown), never from a
 * global: the worker that showed the notification may be long gone.
 */
import { getReminderState, type SimKeeperDb } from '../../shared/db/index';
import type { IsoDate } from '../../shared/rules/dates';
import { handleReminderAction } from '../../shared/reminders/reminder-check';
import { buttonAction } from './notification-buttons';

/** The app page's address for a reminder's link ('./#/sim/x' → 'app.html#/sim/x'). */
export function appPagePath(url: string): string {
  const hash = url.indexOf('#');
  return `app.html${hash === -1 ? '' : url.slice(hash)}`;
}

/** Handles a button; true when it did something (the caller then refreshes). */
export async function onReminderButton(db: SimKeeperDb, notificationId: string, index: number, today: IsoDate): Promise<boolean> {
  const state = await getReminderState(db, notificationId);
  if (!state) return false;
  const action = buttonAction(state.simId, index, notificationId);
  if (action === null) return false;
  return handleReminderAction(db, action, notificationId, state.simId, today);
}

/** Where a click on the body goes: the SIM's page, or Settings for the backup reminder. */
export async function reminderTarget(db: SimKeeperDb, notificationId: string): Promise<string> {
  const state = await getReminderState(db, notificationId);
  if (!state || state.simId === '') return appPagePath('./#/settings');
  return appPagePath(`./#/sim/${encodeURIComponent(state.simId)}`);
}
