/**
 * The extension's Notifier (shared/reminders/notifier.ts): chrome.notifications, which ring even
 * with no SIM Keeper page open, and the action's badge. The notification's id is the reminder's
 * id, so showing it again replaces it rather than stacking a second one.
 */
import type { Notifier, ReminderNotice } from '../../shared/reminders/notifier';
import { notificationButtons } from './notification-buttons';
import { setActionBadge } from './badge';

const ICON = 'icons/icon-128.png';

async function show(notice: ReminderNotice): Promise<void> {
  if ((await chrome.notifications.getPermissionLevel()) !== 'granted') throw new Error('Notifications are turned off for SIM Keeper');
  const wanted = notificationButtons(notice.simId, notice.id);
  const buttons = wanted.map((action) => ({ title: notice.actions.find((button) => button.action === action)?.title ?? action }));
  await chrome.notifications.create(notice.id, {
    type: 'basic', iconUrl: chrome.runtime.getURL(ICON), title: notice.title, message: notice.body, buttons, priority: 1,
  });
}

export const chromeNotifier: Notifier = { show, setBadge: setActionBadge };
