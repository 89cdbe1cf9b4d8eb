/**
 * Registering the service worker (workbox-window): updates wait for the user, and the daily
 * reminder check is registered where the browser allows it.
 */
import { Workbox, messageSW } from 'workbox-window';
import type { IsoDate } from '../../shared/rules/dates';
import { localToday } from '../../shared/clock/today';
import { CHECK_REMINDERS, ONE_DAY_MS, PERIODIC_SYNC_TAG, type CheckRemindersReply } from './sw-messages';

/** Chromium's Periodic Background Sync (installed apps only; not in TypeScript's lib). */
interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval: number }): Promise<void>;
  getTags(): Promise<string[]>;
}
type WithPeriodicSync = ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager };

/**
 * Asks for the daily reminder check (minimum interval 24 h) when the browser has Periodic
 * Background Sync and has granted it (Chromium grants it to installed apps). Best effort: returns
 * whether it is registered, never throws.
 */
export async function registerPeriodicSync(registration: ServiceWorkerRegistration): Promise<boolean> {
  try {
    const periodicSync = (registration as WithPeriodicSync).periodicSync;
    if (!periodicSync) return false;
    const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    if (status.state !== 'granted') return false;
    await periodicSync.register(PERIODIC_SYNC_TAG, { minInterval: ONE_DAY_MS });
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks the active service worker to run the reminder check now, for the page's today (call it after
 * the data changes or permission is granted). Resolves with how many notifications it showed; 0
 * when there is no worker or it does not answer within 10 s.
 */
export async function checkRemindersNow(today: IsoDate = localToday()): Promise<number> {
  try {
    if (!('serviceWorker' in navigator)) return 0;
    const registration = await navigator.serviceWorker.getRegistration();
    const active = registration?.active;
    if (!active) return 0;
    const reply = messageSW(active, { type: CHECK_REMINDERS, today }) as Promise<CheckRemindersReply>;
    const timeout = new Promise<CheckRemindersReply>((resolve) => setTimeout(() => resolve({ shown: 0 }), 10_000));
    return (await Promise.race([reply, timeout])).shown;
  } catch {
    return 0;
  }
}

/**
 * Registers ./sw.js. When an update has installed and waits, calls onUpdateReady with a function
 * that activates it and reloads the page once the new worker controls it (say, from an "Update
 * now" button). Also registers the daily check where permitted. Never throws. (The page runs
 * its own reminder check when it opens: see runReminderCheck in main.tsx.)
 */
export function registerServiceWorker(onUpdateReady: (applyUpdate: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('./sw.js', { scope: './' });
  let applying = false;
  wb.addEventListener('controlling', () => {
    // Only a reload the user asked for: the first install also takes control (clients.claim).
    if (applying) location.reload();
  });
  wb.addEventListener('waiting', () => {
    onUpdateReady(() => {
      applying = true;
      wb.messageSkipWaiting();
    });
  });
  wb.register()
    .then(async (registration) => {
      if (!registration) return;
      await navigator.serviceWorker.ready;
      await registerPeriodicSync(registration);
    })
    .catch(() => {
      // No service worker (private mode, old browser): the app still works while open.
    });
}
