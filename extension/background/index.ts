/**
 * The extension's service worker: the alarm clock, and the one place that writes what the
 * content scripts and the PWA send. Only wiring: each event calls one of the thin files beside it.
 *
 * Chrome stops this worker whenever it likes and may clear alarms, so every start (install,
 * update, browser start, a wake for any event, an alarm) runs the same idempotent refresh: it
 * reads the store, shows what is due, sets the badge and sets both alarms again. Listeners are
 * registered synchronously at the top level, as MV3 requires for a worker woken by an event.
 */
import { openSimKeeperDb, settingsAsShown } from '../../shared/db/index';
import { localToday } from '../../shared/clock/today';
import { nowTimestamp } from '../../shared/clock/timestamp';
import { handleContentMessage } from './content-messages';
import { applyAlarmPlan, isOurAlarm } from './alarms';
import { chromeNotifier } from './notifier';
import { refresh } from './refresh';
import { onReminderButton, reminderTarget } from './notification-clicks';
import { routeOf } from './message-routing';
import { answerSync } from './sync-endpoint';
import { createReadPageMenu, injectGenericReader, READ_PAGE_MENU, retitleReadPageMenu } from './generic-reader-trigger';
import { parsePageMessage, READ_PAGE } from '../platform/page-messages';
import { recordSyncStatus } from '../platform/sync-status';
import { word } from '../words';
import { provideLanguage } from '../../shared/i18n/translate';
// A service worker may not import() a chunk: Hindi comes with the background, not on demand.
import { hi } from '../../shared/i18n/hi';

provideLanguage('hi', hi);

/** A handle on the store (a connection, not state: everything is read from the store each time). */
const db = openSimKeeperDb();

/**
 * One refresh at a time: two at once would both see a reminder as not yet shown. The chain lives
 * only as long as the worker; a new worker starts with an empty one.
 */
let queue: Promise<number> = Promise.resolve(0);
function refreshNow(): Promise<number> {
  const run = () => refresh(db, localToday(), Date.now(), { notifier: chromeNotifier, setAlarms: applyAlarmPlan, setMenuTitle: retitleReadPageMenu })
    .catch((error: unknown) => { console.warn('refresh', error); return 0; });
  queue = queue.then(run, run);
  return queue;
}

async function pressButton(notificationId: string, index: number): Promise<boolean> {
  const handled = await onReminderButton(db, notificationId, index, localToday());
  await chrome.notifications.clear(notificationId);
  if (handled) await refreshNow();
  return handled;
}

async function openReminder(notificationId: string): Promise<void> {
  await chrome.notifications.clear(notificationId);
  await chrome.tabs.create({ url: chrome.runtime.getURL(await reminderTarget(db, notificationId)) });
}

async function installMenu(): Promise<void> {
  const { language } = await settingsAsShown(db, navigator.languages).catch(() => ({ language: 'en' as const }));
  createReadPageMenu(word(language, 'menuReadPage'));
}

async function answerPage(message: unknown): Promise<unknown> {
  const page = parsePageMessage(message);
  if (page === null) return { ok: false, error: 'unknown message' };
  if (page.kind === READ_PAGE) await injectGenericReader(page.tabId);
  else await refreshNow();
  return { ok: true };
}

async function answerExternal(message: unknown, sender: chrome.runtime.MessageSender): Promise<unknown> {
  const reply = await answerSync(db, message, sender, __SIMKEEPER_PWA_ORIGIN__, localToday());
  // Only an answered sync is the PWA's: a refused stranger must not overwrite the PWA's status.
  if (reply.ok) {
    await recordSyncStatus({ lastSyncedAt: nowTimestamp(), lastError: null });
    if (reply.changed > 0) await refreshNow();
  }
  return reply;
}

chrome.runtime.onInstalled.addListener(() => {
  void installMenu();
  void refreshNow();
});
chrome.runtime.onStartup.addListener(() => void refreshNow());
chrome.alarms.onAlarm.addListener((alarm) => {
  if (isOurAlarm(alarm.name)) void refreshNow();
});
chrome.notifications.onButtonClicked.addListener((id, index) => void pressButton(id, index));
chrome.notifications.onClicked.addListener((id) => void openReminder(id));
chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === READ_PAGE_MENU && tab?.id !== undefined) void injectGenericReader(tab.id);
});

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const route = routeOf(sender, chrome.runtime.id, chrome.runtime.getURL(''));
  if (route === 'refuse') return false;
  const answer = route === 'page' ? answerPage(message) : handleContentMessage(db, message, sender, localToday());
  answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
  return true; // the reply comes asynchronously
});

chrome.runtime.onMessageExternal.addListener((message: unknown, sender, sendResponse) => {
  answerExternal(message, sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
  return true;
});

/**
 * The browser tests press a notification's button through the same function Chrome's click
 * calls: no headless browser can click a desktop notification. Only the extension's own pages
 * and DevTools can reach the worker's global scope; sites and content scripts cannot.
 */
Object.assign(globalThis, { simKeeperBackground: { pressButton, refreshNow } });

// Every start of the worker sets the schedule again, whatever woke it.
void refreshNow();
