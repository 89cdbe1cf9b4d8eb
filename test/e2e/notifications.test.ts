/**
 * With notifications allowed, opening the app raises each reminder due today once, through the
 * service worker, titled with the SIM's label and never its number; a click opens the SIM's page,
 * and its "Done" button dismisses the reminder without opening anything.
 */
import { describe, expect, it } from 'vitest';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi, shownNotifications, waitForServiceWorker } from './pwa';
import { dueReminders, presetFor, project } from '../../shared/rules';
import { describeDeadline, reminderTitle } from '../../shared/i18n/describe-deadline';
import { eventually } from './eventually';

const TODAY = '2026-03-29';
const NUMBER = '9876543210';

const session = useAppInChromium();

/**
 * A new user who allows notifications adds a SIM last used on 1 Jan (its non-usage period ends
 * 1 Apr, three days from today) and opens the app again, which asks the service worker to check.
 * Returns once that SIM's notification is showing.
 */
async function openWithReminderFor(sim: { label: string; number: string }) {
  const context = await newAppContext(session.browser, { today: TODAY });
  await context.grantPermissions(['notifications'], { origin: session.app.url.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.goto(session.app.url);
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => Notification.permission)).toBe('granted');
  const simId = await addSimViaUi(page, session.app, { ...sim, since: '2026-01-01' });
  await page.goto(session.app.url);
  const notes = await eventually(() => shownNotifications(page), (list) => list.some((n) => n.tag.startsWith(`${simId}:`)));
  return { context, page, simId, notes, mine: notes.filter((n) => n.tag.startsWith(`${simId}:`)) };
}

describe('notifications', () => {
  it('shows the reminder due today once the app is opened, with the label and without the number', async () => {
    const { context, page, simId, notes, mine } = await openWithReminderFor({ label: 'Jio spare', number: NUMBER });
    try {

      // What the rules and the texts say it should be.
      const projection = project({ connection: 'prepaid', since: '2026-01-01' }, presetFor('jio').policy, [], TODAY);
      const [reminder] = dueReminders(projection, TODAY);
      expect(reminder).toBeDefined();
      expect(mine).toEqual([{
        title: reminderTitle('Jio spare', reminder!, 'en', TODAY),
        body: describeDeadline(reminder!.deadline, 'en', TODAY),
        tag: `${simId}:${reminder!.id}`,
        data: { url: `./#/sim/${simId}`, simId },
      }]);
      expect(mine[0]!.title).toBe('Jio spare: use this SIM — non-usage period ends in 3 days');
      for (const note of notes) {
        expect(JSON.stringify(note)).not.toContain(NUMBER);
        expect(JSON.stringify(note)).not.toContain('43210');
      }
      // The monthly backup nudge comes too (there is data and never a backup), shown right after
      // the SIM's: wait for it rather than race it.
      const withBackup = await eventually(() => shownNotifications(page), (list) => list.some((n) => n.tag === 'backup:2026-03'));
      expect(withBackup.map((n) => n.tag)).toContain('backup:2026-03');
      for (const note of withBackup) expect(JSON.stringify(note)).not.toContain(NUMBER);

      // Opening the app again does not raise it again: it is recorded as shown.
      const again = await page.evaluate(async (today) => {
        const registration = await navigator.serviceWorker.ready;
        return new Promise<{ shown: number }>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data as { shown: number });
          registration.active!.postMessage({ type: 'CHECK_REMINDERS', today }, [channel.port2]);
        });
      }, TODAY);
      expect(again.shown).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('opens the SIM’s page when its notification is clicked', async () => {
    const { context, page, simId } = await openWithReminderFor({ label: 'Airtel old', number: '9123456789' });
    try {
      expect(page.url()).not.toContain('#/sim/');
      // Headless Chromium has no notification to click: dispatch the click inside the worker.
      const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
      await worker.evaluate(async (id) => {
        const scope = self as unknown as ServiceWorkerGlobalScope;
        const [notification] = (await scope.registration.getNotifications()).filter((n) => n.tag.startsWith(`${id}:`));
        scope.dispatchEvent(new NotificationEvent('notificationclick', { notification: notification! }));
      }, simId);
      await page.waitForURL(new RegExp(`#/sim/${simId}$`));
    } finally {
      await context.close();
    }
  });

  it('dismisses a reminder with its "Done" button and opens nothing', async () => {
    const { context, page, mine: [note] } = await openWithReminderFor({ label: 'Vi spare', number: '9000012345' });
    try {
      const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
      const actions = await worker.evaluate(async (tag) => {
        const scope = self as unknown as ServiceWorkerGlobalScope;
        const [notification] = (await scope.registration.getNotifications()).filter((n) => n.tag === tag);
        scope.dispatchEvent(new NotificationEvent('notificationclick', { notification: notification!, action: 'done' }));
        // Chromium exposes the buttons; TypeScript's DOM library does not declare them yet.
        return (notification as Notification & { actions: { action: string }[] }).actions.map((a) => a.action);
      }, note!.tag);
      expect(actions).toEqual(['snooze', 'done']);

      const status = await eventually(() => page.evaluate((tag) => new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('sim-keeper');
        open.onsuccess = () => {
          const read = open.result.transaction('reminders').objectStore('reminders').get(tag);
          read.onsuccess = () => { resolve((read.result as { status?: string } | undefined)?.status); open.result.close(); };
        };
      }), note!.tag), (value) => value === 'dismissed');
      expect(status).toBe('dismissed');
      expect(page.url()).not.toContain('#/sim/');
    } finally {
      await context.close();
    }
  });
});
