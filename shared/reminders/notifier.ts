/**
 * How an app shows a reminder: the one thing the shared reminder check cannot do itself. The PWA
 * shows it through its service worker (pwa/platform/sw-notifier.ts); the extension through
 * chrome.notifications and its action badge. Everything else (what is due, the words, what was
 * shown, snoozed or done) is decided once, in shared/reminders.
 */
import type { RiskLevel } from '../rules/risk';

/** The buttons a reminder offers (where the platform shows buttons). */
export const SNOOZE_ACTION = 'snooze' as const;
export const DONE_ACTION = 'done' as const;
export const USED_ACTION = 'used' as const;
export type ReminderAction = typeof SNOOZE_ACTION | typeof DONE_ACTION | typeof USED_ACTION;

export interface ReminderNotice {
  /** The reminder-state id; also the notification's tag, so a second show replaces the first. */
  id: string;
  /** The SIM it is about, or '' for the app-wide backup reminder. */
  simId: string;
  title: string;
  body: string;
  /** Where a click takes the user, relative to the app's root ('./#/sim/…'). */
  url: string;
  /** BCP 47 language of the words, e.g. 'hi-IN'. */
  lang: string;
  /** The buttons, in order, with their words in the user's language. */
  actions: { action: ReminderAction; title: string }[];
}

export interface Notifier {
  /** Shows one reminder; throws when it cannot (no permission), so it is not recorded as shown. */
  show(notice: ReminderNotice): Promise<void>;
  /** Sets (count > 0) or clears the badge; `level` is the most urgent risk among the SIMs counted. */
  setBadge(count: number, level: RiskLevel | null): Promise<void>;
}
