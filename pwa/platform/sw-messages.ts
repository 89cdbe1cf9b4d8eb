/** What the page and the service worker say to each other, in one place. */

/** The periodic background sync that runs the reminder check about once a day. */
export const PERIODIC_SYNC_TAG = 'sim-keeper-daily';
export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** Page → worker: activate the waiting update now (the user said yes). */
export const SKIP_WAITING = 'SKIP_WAITING';
/**
 * Page → worker: run the reminder check now, for the page's "today" (its local date); the worker
 * replies { shown } on the message port.
 */
export const CHECK_REMINDERS = 'CHECK_REMINDERS';

export type PageMessage = { type: typeof SKIP_WAITING } | { type: typeof CHECK_REMINDERS; today?: string };

export interface CheckRemindersReply {
  shown: number;
}
