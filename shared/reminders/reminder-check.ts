/**
 * The reminder check both apps run: read the store, decide what is due (due-notifications.ts),
 * show each due reminder once through the app's Notifier, record it as shown, set the badge. And
 * what a reminder's buttons do: snooze to tomorrow, done for good, or "I used it today".
 */
import { addEvent, settingsAsShown, markReminder, reminderStates, simsWithEvents, type SimKeeperDb } from '../db/index';
import { addDays, type IsoDate } from '../rules/dates';
import { localeOf, type Lang } from '../i18n/format';
import { loadLanguage, translator } from '../i18n/translate';
import { decideNotifications, isRefundReminderId, type DueInputs, type DueNotification } from './due-notifications';
import { DONE_ACTION, SNOOZE_ACTION, USED_ACTION, type Notifier, type ReminderAction } from './notifier';

/** The SIMs and their events in apply order, as simsWithEvents reads them. */
export type KnownSims = Pick<DueInputs, 'sims' | 'eventsBySim'>;

function noticeOf(due: DueNotification, lang: Lang) {
  const t = translator(lang);
  // Every button that fits the reminder; each app shows those its platform has room for.
  // A closed operator's refund has nothing to do with using the SIM: no "I used it today".
  const buttons: ReminderAction[] = due.simId === '' || isRefundReminderId(due.id) ? [SNOOZE_ACTION, DONE_ACTION] : [USED_ACTION, SNOOZE_ACTION, DONE_ACTION];
  const actions = buttons.map((action) => ({ action, title: t(`reminder.action.${action}`) }));
  return { id: due.id, simId: due.simId, title: due.title, body: due.body, url: due.url, lang: localeOf(lang), actions };
}

/**
 * Shows every reminder due today that has not been shown, dismissed or snoozed, records each as
 * shown, and sets the badge. Returns how many were shown. A reminder that cannot be shown (no
 * permission yet) is left unrecorded, so it shows once permission is given.
 *
 * The PWA's page passes the SIMs and events it has just loaded (`known`): reading every event a
 * second time, right after the first screen, would cost as much again as that screen's own read.
 * A service worker has none and reads them.
 */
export async function runReminderCheck(db: SimKeeperDb, today: IsoDate, notifier: Notifier, known?: KnownSims): Promise<number> {
  const [{ sims, eventsBySim }, states, settings] = await Promise.all([known ?? simsWithEvents(db), reminderStates(db), settingsAsShown(db, globalThis.navigator?.languages ?? [])]);
  // Notifications are written in the user's language, in a page and in a worker alike.
  await loadLanguage(settings.language);
  const { toShow, badgeCount, badgeLevel } = decideNotifications({ sims, eventsBySim, states, settings, today });
  let shown = 0;
  for (const due of toShow) {
    try {
      await notifier.show(noticeOf(due, settings.language));
    } catch {
      break; // the same reason (usually permission) would stop every other one
    }
    await markReminder(db, due.id, due.simId, 'shown');
    shown += 1;
  }
  await notifier.setBadge(badgeCount, badgeLevel).catch(() => undefined); // the badge is a nicety
  return shown;
}

/**
 * A tap on a reminder's button: "Remind me tomorrow" snoozes it a day (it shows again tomorrow if
 * still due), "Done" dismisses it for good, "I used it today" logs a call made today (reg 2(aa):
 * the non-usage period starts afresh) and so retires the reminder. Returns false for a tap on the
 * body or an unknown button: the app opens.
 */
export async function handleReminderAction(db: SimKeeperDb, action: string, tag: string, simId: string, today: IsoDate): Promise<boolean> {
  if (action === SNOOZE_ACTION) await markReminder(db, tag, simId, 'snoozed', addDays(today, 1));
  else if (action === DONE_ACTION) await markReminder(db, tag, simId, 'dismissed');
  else if (action === USED_ACTION && simId !== '') await addEvent(db, { type: 'activity', kind: 'call_out', date: today, simId, source: 'manual' }, today);
  else return false;
  return true;
}
