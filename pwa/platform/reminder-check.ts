/**
 * The reminder check, run by the service worker (on activate, on the daily periodic sync, and when
 * the page asks) and usable from the page: shows each due reminder once as a notification, records
 * it as shown, and sets the app badge. Deciding what is due is due-notifications.ts.
 */
import {
  getSettings, markReminder, reminderStates, simsWithEvents, type SimKeeperDb,
} from '../../shared/db/index';
import { addDays, type IsoDate } from '../../shared/rules/dates';
import { localeOf, type Lang } from '../../shared/i18n/format';
import { loadLanguage, translator } from '../../shared/i18n/translate';
import { decideNotifications, type DueInputs, type DueNotification } from './due-notifications';

export interface NotificationData {
  /** Where a click takes the user, relative to the app's scope. */
  url: string;
  simId: string;
}

/** Shows one notification; throws when it cannot (no permission, no service worker). */
export type ShowNotification = (title: string, options: NotificationOptions & { tag: string; data: NotificationData }) => Promise<void>;

const ICON = 'icons/icon-192.png';
const BADGE = 'icons/monochrome-512.png';

/** The registration to notify through: the worker's own, or the page's once a worker is ready. */
async function registration(): Promise<ServiceWorkerRegistration> {
  const scope = globalThis as unknown as { registration?: ServiceWorkerRegistration };
  if (scope.registration) return scope.registration;
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) return navigator.serviceWorker.ready;
  throw new Error('Notifications need a service worker');
}

/** Shows a notification through the service worker registration (works in the worker and the page). */
export const defaultShow: ShowNotification = async (title, options) => {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') {
    throw new Error('Notification permission not granted');
  }
  const reg = await registration();
  // URLs resolve against the worker's scope, which is the app's root.
  const icon = new URL(ICON, reg.scope).href;
  const badge = new URL(BADGE, reg.scope).href;
  await reg.showNotification(title, { icon, badge, ...options });
};

/** Sets or clears the app badge where the browser has one; never fails. */
export async function updateBadge(count: number): Promise<void> {
  const nav = (typeof navigator !== 'undefined' ? navigator : undefined) as
    | (Navigator & { setAppBadge?: (n?: number) => Promise<void>; clearAppBadge?: () => Promise<void> })
    | undefined;
  try {
    if (count > 0) await nav?.setAppBadge?.(count);
    else await nav?.clearAppBadge?.();
  } catch {
    // Not installed, not permitted, or not supported: the badge is a nicety.
  }
}

/** The buttons on a reminder (where the platform shows them): see handleReminderAction. */
export const SNOOZE_ACTION = 'snooze';
export const DONE_ACTION = 'done';

async function showAndRecord(db: SimKeeperDb, due: DueNotification, lang: Lang, show: ShowNotification): Promise<void> {
  const t = translator(lang);
  const actions = [{ action: SNOOZE_ACTION, title: t('reminder.action.snooze') }, { action: DONE_ACTION, title: t('reminder.action.done') }];
  await show(due.title, { body: due.body, lang: localeOf(lang), tag: due.id, data: { url: due.url, simId: due.simId }, actions } as NotificationOptions & { tag: string; data: NotificationData });
  await markReminder(db, due.id, due.simId, 'shown');
}

/** The SIMs and their events in apply order, as simsWithEvents reads them. */
export type KnownSims = Pick<DueInputs, 'sims' | 'eventsBySim'>;

/**
 * Shows every reminder due today that has not been shown, dismissed or snoozed, records each as
 * shown, and sets the badge. Returns how many were shown. A reminder that cannot be shown (no
 * permission yet) is left unrecorded, so it shows once permission is given.
 *
 * The page passes the SIMs and events it has just loaded (`known`): reading every event a second
 * time, right after the first screen, would cost as much again as that screen's own read. The
 * service worker has none and reads them.
 */
export async function runReminderCheck(
  db: SimKeeperDb, today: IsoDate, show: ShowNotification = defaultShow, known?: KnownSims,
): Promise<number> {
  const [{ sims, eventsBySim }, states, settings] = await Promise.all([known ?? simsWithEvents(db), reminderStates(db), getSettings(db)]);
  // Notifications are written in the user's language, in the page and in the service worker alike.
  await loadLanguage(settings.language);
  const { toShow, badgeCount } = decideNotifications({ sims, eventsBySim, states, settings, today });
  let shown = 0;
  for (const due of toShow) {
    try {
      await showAndRecord(db, due, settings.language, show);
      shown += 1;
    } catch {
      break; // the same reason (usually permission) would stop every other one
    }
  }
  await updateBadge(badgeCount);
  return shown;
}

/**
 * A tap on a reminder's button: "Remind me tomorrow" snoozes it a day (it shows again tomorrow if
 * still due), "Done" dismisses it for good. Returns false for a tap on the body (open the app).
 */
export async function handleReminderAction(db: SimKeeperDb, action: string, tag: string, simId: string, today: IsoDate): Promise<boolean> {
  if (action === SNOOZE_ACTION) await markReminder(db, tag, simId, 'snoozed', addDays(today, 1));
  else if (action === DONE_ACTION) await markReminder(db, tag, simId, 'dismissed');
  else return false;
  return true;
}
