/**
 * The PWA's Notifier (shared/reminders/notifier.ts): notifications through the service worker
 * registration, which works from the worker and from the page alike, and the app badge.
 */
import type { Notifier, ReminderNotice } from '../../shared/reminders/notifier';
import { DONE_ACTION, SNOOZE_ACTION } from '../../shared/reminders/notifier';

/** What a notification carries, for the worker's click handler. */
export interface NotificationData {
  /** Where a click takes the user, relative to the app's scope. */
  url: string;
  simId: string;
}

const ICON = 'icons/icon-192.png';
const BADGE = 'icons/monochrome-512.png';
/** Web notifications show two buttons at most on most platforms: the two that need no app. */
const PWA_ACTIONS: readonly string[] = [SNOOZE_ACTION, DONE_ACTION];

/** The registration to notify through: the worker's own, or the page's once a worker is ready. */
async function registration(): Promise<ServiceWorkerRegistration> {
  const scope = globalThis as unknown as { registration?: ServiceWorkerRegistration };
  if (scope.registration) return scope.registration;
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) return navigator.serviceWorker.ready;
  throw new Error('Notifications need a service worker');
}

async function show(notice: ReminderNotice): Promise<void> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') {
    throw new Error('Notification permission not granted');
  }
  const reg = await registration();
  const data: NotificationData = { url: notice.url, simId: notice.simId };
  const actions = notice.actions.filter((button) => PWA_ACTIONS.includes(button.action));
  // URLs resolve against the worker's scope, which is the app's root.
  await reg.showNotification(notice.title, {
    body: notice.body, lang: notice.lang, tag: notice.id, data, actions,
    icon: new URL(ICON, reg.scope).href, badge: new URL(BADGE, reg.scope).href,
  } as NotificationOptions);
}

/** Sets or clears the app badge where the browser has one (installed apps); never fails. */
async function setBadge(count: number): Promise<void> {
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

export const swNotifier: Notifier = { show, setBadge };
