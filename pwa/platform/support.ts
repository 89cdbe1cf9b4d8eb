/**
 * What this browser can do for reminders, for the settings screen to explain honestly (iOS only
 * notifies from an installed app; periodic sync is Chromium's, for installed apps).
 */
import { checkRemindersNow } from './service-worker';

export type NotificationSupport = 'granted' | 'denied' | 'default' | 'unsupported';

export interface PlatformSupport {
  notifications: NotificationSupport;
  /** The daily background check can run (API present and permitted). */
  periodicSync: boolean;
  /** An app badge can be set on the icon. */
  badge: boolean;
  /** Running as an installed app (standalone window), not in a browser tab. */
  installed: boolean;
  serviceWorker: boolean;
}

function notificationSupport(): NotificationSupport {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission;
}

async function periodicSyncPermitted(): Promise<boolean> {
  try {
    if (typeof ServiceWorkerRegistration === 'undefined' || !('periodicSync' in ServiceWorkerRegistration.prototype)) return false;
    const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    return status.state === 'granted';
  } catch {
    return false;
  }
}

export function isInstalled(): boolean {
  const standalone = ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay']
    .some((mode) => matchMedia(`(display-mode: ${mode})`).matches);
  return standalone || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

export async function platformSupport(): Promise<PlatformSupport> {
  return {
    notifications: notificationSupport(),
    periodicSync: await periodicSyncPermitted(),
    badge: 'setAppBadge' in navigator,
    installed: isInstalled(),
    serviceWorker: 'serviceWorker' in navigator && isSecureContext,
  };
}

/**
 * Asks for permission to notify (call it from a click: browsers ignore it otherwise). When granted,
 * runs the reminder check at once so that anything already due shows.
 */
export async function requestNotificationPermission(): Promise<NotificationSupport> {
  if (typeof Notification === 'undefined') return 'unsupported';
  let result: NotificationPermission;
  try {
    result = await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
  if (result === 'granted') void checkRemindersNow();
  return result;
}
