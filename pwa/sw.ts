/**
 * The service worker: the app shell offline, and reminders while the app is closed.
 *
 * - Precaches every file of the build (the list is injected at build time) and answers every
 *   navigation with index.html, so the app opens offline after the first visit. Nothing else is
 *   cached and nothing else is fetched: the app has no third party to talk to.
 * - An update installs in the background and waits; it activates only when the page posts
 *   SKIP_WAITING (the user accepted "update now").
 * - Runs the reminder check on activate, on the daily periodic sync, and when the page asks.
 * - A click on a notification opens (or focuses) the app at the SIM's page; its buttons snooze the
 *   reminder to tomorrow or dismiss it, without opening anything.
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { openSimKeeperDb } from '../shared/db/index';
import { isIsoDate } from '../shared/rules/dates';
import { localToday } from '../shared/clock/today';
import { handleReminderAction, runReminderCheck } from '../shared/reminders/reminder-check';
import { swNotifier, type NotificationData } from './platform/sw-notifier';
import { CHECK_REMINDERS, PERIODIC_SYNC_TAG, SKIP_WAITING, type CheckRemindersReply, type PageMessage } from './platform/sw-messages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** Chromium's Periodic Background Sync event (not in TypeScript's lib). */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

const db = openSimKeeperDb();

/** One check at a time: two overlapping checks would both see a reminder as not yet shown. */
let queue: Promise<number> = Promise.resolve(0);
function checkReminders(today?: string): Promise<number> {
  const run = () => runReminderCheck(db, isIsoDate(today) ? today : localToday(), swNotifier).catch(() => 0);
  queue = queue.then(run, run);
  return queue;
}

self.addEventListener('activate', (event) => {
  // Take the pages opened before the first install; an update only gets here after SKIP_WAITING.
  event.waitUntil(Promise.all([self.clients.claim(), checkReminders()]));
});

self.addEventListener('message', (event) => {
  const message = event.data as PageMessage | null;
  if (message?.type === SKIP_WAITING) {
    event.waitUntil(self.skipWaiting());
  } else if (message?.type === CHECK_REMINDERS) {
    event.waitUntil(checkReminders(message.today).then((shown) => {
      const reply: CheckRemindersReply = { shown };
      event.ports[0]?.postMessage(reply);
    }));
  }
});

self.addEventListener('periodicsync', ((event: PeriodicSyncEvent) => {
  if (event.tag === PERIODIC_SYNC_TAG) event.waitUntil(checkReminders());
}) as EventListener);

/** Shows the app at `url`: in the window already open if there is one, else in a new one. */
async function openApp(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window' });
  const open = windows.find((client) => client.url.startsWith(self.registration.scope));
  if (!open) {
    await self.clients.openWindow(url);
    return;
  }
  // Focus while the click still allows it, then move to the SIM's page.
  const focused = await open.focus().catch(() => open);
  if (focused.url === url) return;
  const moved = await focused.navigate(url).catch(() => null);
  if (!moved) await self.clients.openWindow(url);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data as Partial<NotificationData> | null;
  const url = new URL(data?.url ?? './', self.registration.scope).href;
  event.waitUntil(
    handleReminderAction(db, event.action, event.notification.tag, data?.simId ?? '', localToday())
      .then((handled) => (handled ? checkReminders().then(() => undefined) : openApp(url))),
  );
});
