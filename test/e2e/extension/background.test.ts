/**
 * The background as an alarm clock, in Chromium with the built extension: it schedules its alarms
 * on start, sets them again after being stopped with its alarms cleared, and a due alarm rings a
 * notification whose "I used it today" button logs a call today (reg 2(aa)).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atLocalHour, DAILY_ALARM, REMINDER_ALARM, RING_HOUR } from '../../../extension/background/schedule';
import { dayFromToday, eventually, EXTENSION_ORIGIN, launchWithExtension, openExtensionPage, stopBackground, storedRecords, type LoadedExtension } from './harness';
import { addSimViaUi } from '../pwa';

type Alarm = { name: string; scheduledTime: number; periodInMinutes?: number };

/** The extension's alarms, read from one of its pages (they are the extension's, not the worker's). */
async function alarms(loaded: LoadedExtension): Promise<Alarm[]> {
  const page = loaded.context.pages().find((p) => p.url().startsWith(EXTENSION_ORIGIN)) ?? await openExtensionPage(loaded.context, 'popup.html');
  return page.evaluate(() => chrome.alarms.getAll()) as Promise<Alarm[]>;
}

async function notifications(loaded: LoadedExtension): Promise<string[]> {
  const worker = await loaded.worker();
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

describe('the extension background', () => {
  let loaded: LoadedExtension;
  beforeEach(async () => { loaded = await launchWithExtension(); });
  afterEach(async () => { await loaded?.close(); });

  it('starts its service worker and schedules the daily check, and the next reminder once a SIM has one ahead', async () => {
    const initial = await eventually(() => alarms(loaded), (list) => list.some((a) => a.name === DAILY_ALARM));
    expect(initial.find((a) => a.name === DAILY_ALARM)?.periodInMinutes).toBe(24 * 60);
    expect(initial.some((a) => a.name === REMINDER_ALARM)).toBe(false); // no SIM, nothing to remind

    // Last used 85 days ago: the 90 days end in 5; the 3-days-before reminder falls in 2 days.
    const page = await openExtensionPage(loaded.context, 'app.html');
    await addSimViaUi(page, { url: `${EXTENSION_ORIGIN}app.html` }, { label: 'Spare Jio', number: '9876543210', since: dayFromToday(-85) });
    await openExtensionPage(loaded.context, 'popup.html'); // opening the popup brings the schedule up to date
    const next = await eventually(() => alarms(loaded), (list) => list.some((a) => a.name === REMINDER_ALARM));
    expect(next.find((a) => a.name === REMINDER_ALARM)?.scheduledTime).toBe(atLocalHour(dayFromToday(2), RING_HOUR));
  });

  it('sets both alarms again when its worker is stopped with its alarms cleared and then wakes', async () => {
    const page = await openExtensionPage(loaded.context, 'app.html');
    await addSimViaUi(page, { url: `${EXTENSION_ORIGIN}app.html` }, { label: 'Spare Jio', number: '9876543210', since: dayFromToday(-85) });
    const worker = await loaded.worker();
    await worker.evaluate(() => chrome.alarms.clearAll());
    expect(await alarms(loaded)).toEqual([]);

    const { running } = await stopBackground(loaded.context, page);
    await openExtensionPage(loaded.context, 'popup.html'); // any event wakes the worker; the popup sends one
    await running;
    const again = await eventually(() => alarms(loaded), (list) => list.length === 2);
    expect(again.map((a) => a.name).sort()).toEqual([DAILY_ALARM, REMINDER_ALARM]);
  });

  it('rings a due reminder when its alarm fires, and the notification\'s "I used it today" logs a call today', async () => {
    const page = await openExtensionPage(loaded.context, 'app.html');
    // Last used 85 days ago: the week-before reminder of the non-usage deadline is due today.
    const simId = await addSimViaUi(page, { url: `${EXTENSION_ORIGIN}app.html` }, { label: 'Spare Jio', number: '9876543210', since: dayFromToday(-85) });
    expect(await notifications(loaded)).toEqual([]); // nothing has woken the background since the SIM was added

    const worker = await loaded.worker();
    await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 500 }), REMINDER_ALARM);
    const ofSim = async () => (await notifications(loaded)).filter((id) => id.startsWith(`${simId}:`));
    const shown = await eventually(ofSim, (ids) => ids.length > 0);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.startsWith(`${simId}:non_usage_ends:`)).toBe(true);

    // No headless browser clicks desktop notifications: press button 0 through the function Chrome's click calls.
    const handled = await worker.evaluate((id) => (globalThis as unknown as { simKeeperBackground: { pressButton(id: string, i: number): Promise<boolean> } })
      .simKeeperBackground.pressButton(id, 0), shown[0]!);
    expect(handled).toBe(true);
    const events = await storedRecords(page, 'events');
    expect(events.filter((e) => e.type === 'activity' && e.simId === simId && e.date === dayFromToday(0))).toHaveLength(1);
    expect(await ofSim()).toEqual([]);
  });

  it('rings for a user who reads Hindi too: the background has the Hindi words without fetching them', async () => {
    const page = await openExtensionPage(loaded.context, 'app.html');
    await page.goto(`${EXTENSION_ORIGIN}app.html#/settings`);
    await page.getByLabel('हिंदी').check();
    await page.locator('html[lang="hi"]').waitFor();
    const simId = await addSimViaUi(page, { url: `${EXTENSION_ORIGIN}app.html` }, { label: 'Spare Airtel', number: '9876543211', since: dayFromToday(-85) }, 'सेव करें');
    const worker = await loaded.worker();
    await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 500 }), REMINDER_ALARM);
    const shown = await eventually(async () => (await notifications(loaded)).filter((id) => id.startsWith(`${simId}:`)), (ids) => ids.length > 0);
    expect(shown).toHaveLength(1);
  });
});
