/**
 * Issue 11, durability: everyone who writes to a store writes at once, and nothing is lost.
 * In one Chromium with the extension loaded: a PWA tab logs use of one SIM, a second tab logs a
 * recharge on another, the PWA's service worker handles a reminder's "Remind me tomorrow", the
 * extension's popup logs a call, and a third tab runs a sync with the extension, all in the same
 * moment. Afterwards (one more sync) both stores hold every write, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltApp, type ServedApp } from '../browser';
import { addSimViaUi, shownNotifications, waitForServiceWorker } from '../pwa';
import { dayFromToday, eventually, launchWithExtension, openExtensionPage, storedRecords, syncNowInPwa, type LoadedExtension } from './harness';

let loaded: LoadedExtension;
let app: ServedApp;
beforeAll(async () => {
  [loaded, app] = await Promise.all([launchWithExtension(), serveBuiltApp()]);
  await loaded.context.grantPermissions(['notifications'], { origin: app.url.replace(/\/$/, '') });
});
afterAll(async () => {
  await loaded?.close();
  await app?.close();
});

const card = (page: Page, label: string) => page.locator('.sim-list li', { hasText: label });

async function logUsedToday(page: Page, label: string, how: string): Promise<void> {
  await card(page, label).getByRole('button', { name: 'I used this SIM today' }).click();
  await card(page, label).getByRole('button', { name: how }).click();
}

async function logRecharge(page: Page, simId: string): Promise<void> {
  await page.getByLabel('Amount paid').fill('199');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(new RegExp(`#/sim/${simId}$`));
}

/** The "Remind me tomorrow" button of the SIM's notification, pressed inside the PWA's service worker. */
async function snoozeInServiceWorker(tag: string): Promise<void> {
  const worker = loaded.context.serviceWorkers().find((w) => w.url().startsWith(app.url))!;
  await worker.evaluate(async (wanted) => {
    const scope = self as unknown as ServiceWorkerGlobalScope;
    const [notification] = (await scope.registration.getNotifications()).filter((n) => n.tag === wanted);
    scope.dispatchEvent(new NotificationEvent('notificationclick', { notification: notification!, action: 'snooze' }));
  }, tag);
}

const ofKind = (events: Record<string, unknown>[], simId: string, type: string, kind?: string) =>
  events.filter((e) => e.simId === simId && e.type === type && (kind === undefined || e.kind === kind)).length;

describe('everyone writing at once', () => {
  it('loses nothing: two tabs, the service worker, the extension popup and a sync in the same moment', async () => {
    const home = await loaded.context.newPage();
    await home.goto(app.url);
    await waitForServiceWorker(home);
    // Its non-usage period ends in three days: a reminder is due.
    const jio = await addSimViaUi(home, app, { label: 'Jio due', number: '9876543210', since: dayFromToday(-87) });
    const airtel = await addSimViaUi(home, app, { label: 'Airtel spare', number: '9123456780', since: dayFromToday(-10) });
    const settings = await loaded.context.newPage();
    await syncNowInPwa(settings, app);
    await home.goto(app.url);
    const notes = await eventually(() => shownNotifications(home), (list) => list.some((n) => n.tag.startsWith(`${jio}:`)), 30_000);
    const tag = notes.find((n) => n.tag.startsWith(`${jio}:`))!.tag;

    const form = await loaded.context.newPage();
    await form.goto(`${app.url}#/sim/${airtel}/log?type=recharge`);
    await form.getByLabel('Amount paid').waitFor();
    const popup = await openExtensionPage(loaded.context, 'popup.html');
    await card(popup, 'Airtel spare').waitFor();
    const sync = settings.locator('[data-extension-sync]').getByRole('button', { name: 'Sync now' });
    await sync.waitFor();

    await Promise.all([
      logUsedToday(home, 'Jio due', 'Sent an SMS'),
      logRecharge(form, airtel),
      snoozeInServiceWorker(tag),
      logUsedToday(popup, 'Airtel spare', 'Made a call'),
      sync.click(),
    ]);

    const pwaHas = (events: Record<string, unknown>[]) =>
      ofKind(events, jio, 'activity', 'sms_out') === 1 && ofKind(events, airtel, 'recharge') === 1;
    await eventually(() => storedRecords(home, 'events'), pwaHas);
    await eventually(() => storedRecords(popup, 'events'), (events) => ofKind(events, airtel, 'activity', 'call_out') === 1);
    await eventually(() => storedRecords(home, 'reminders'), (states) => states.some((s) => s.id === tag && s.status === 'snoozed'));

    await syncNowInPwa(settings, app);
    for (const page of [home, popup]) {
      const events = await storedRecords(page, 'events');
      expect({
        sms: ofKind(events, jio, 'activity', 'sms_out'),
        recharge: ofKind(events, airtel, 'recharge'),
        call: ofKind(events, airtel, 'activity', 'call_out'),
      }, page.url()).toEqual({ sms: 1, recharge: 1, call: 1 });
      expect((await storedRecords(page, 'sims')).map((sim) => sim.id).sort()).toEqual([jio, airtel].sort());
    }
    expect((await storedRecords(home, 'reminders')).find((s) => s.id === tag)?.status).toBe('snoozed');
  }, 180_000);
});
