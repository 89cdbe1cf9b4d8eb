/**
 * The buttons of a Chrome notification. Chrome shows two at most and reports a click by index
 * only, so the buttons must follow from what the background can read again after a restart: the
 * SIM the reminder is about (in its reminder state). A SIM's reminder offers the two that keep
 * the number ("I used it today", "Remind me tomorrow"); the backup reminder, which has no SIM,
 * offers "Remind me tomorrow" and "Done", and so does the refund reminder of an operator that
 * closed (its id says so): using the SIM cannot help there.
 */
import { DONE_ACTION, SNOOZE_ACTION, USED_ACTION, type ReminderAction } from '../../shared/reminders/notifier';
import { isRefundReminderId } from '../../shared/reminders/due-notifications';

/** The buttons of the reminder `id` about `simId` ('' for the backup reminder). */
export function notificationButtons(simId: string, id = ''): readonly ReminderAction[] {
  return simId === '' || isRefundReminderId(id) ? [SNOOZE_ACTION, DONE_ACTION] : [USED_ACTION, SNOOZE_ACTION];
}

/** The action of the button at `index`, or null for an index the notification does not have. */
export function buttonAction(simId: string, index: number, id = ''): ReminderAction | null {
  return notificationButtons(simId, id)[index] ?? null;
}
