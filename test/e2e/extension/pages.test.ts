/**
 * The popup and the app page, in Chromium with the built extension: the popup lists the SIMs most
 * urgent first and "I used it today" logs a call; the app page opens a SIM; both in English and
 * Hindi, light and dark (screenshots in /tmp, looked at by a person); and nothing is fetched from
 * anywhere but the extension itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dayFromToday, eventually, EXTENSION_ORIGIN, launchWithExtension, openExtensionPage, storedRecords, type LoadedExtension } from './harness';
import { addSimViaUi } from '../pwa';

const APP = `${EXTENSION_ORIGIN}app.html`;

async function setLanguageAndTheme(page: Page, language: 'English' | 'हिंदी', theme: RegExp): Promise<void> {
  await page.goto(`${APP}#/settings`);
  await page.getByLabel(language).check();
  await page.getByRole('radio', { name: theme }).check();
}

describe('the popup and the app page', () => {
  let loaded: LoadedExtension;
  let page: Page;
  let relaxed: string;
  let urgent: string;
  const requests: string[] = [];
  beforeAll(async () => {
    loaded = await launchWithExtension();
    loaded.context.on('request', (request) => requests.push(request.url()));
    page = await openExtensionPage(loaded.context, 'app.html');
    relaxed = await addSimViaUi(page, { url: APP }, { label: 'Work Airtel', number: '9812345678', since: dayFromToday(-10) });
    urgent = await addSimViaUi(page, { url: APP }, { label: "Mom's Jio", number: '9876543210', since: dayFromToday(-88) });
  });
  afterAll(async () => { await loaded?.close(); });

  it('lists the SIM cards in the popup, most urgent first', async () => {
    const popup = await openExtensionPage(loaded.context, 'popup.html');
    const titles = popup.locator('.sim-card__title');
    await expect.poll(() => titles.allTextContents()).toEqual(["Mom's Jio", 'Work Airtel']);
    await popup.screenshot({ path: '/tmp/sim-keeper-popup-en.png', fullPage: true });
    await popup.close();
  });

  it('logs a call today from the popup\'s "I used it today"', async () => {
    const popup = await openExtensionPage(loaded.context, 'popup.html');
    const card = popup.locator('article', { hasText: "Mom's Jio" });
    await card.getByRole('button', { name: 'I used this SIM today' }).click();
    await card.getByRole('button', { name: 'Made a call' }).click();
    await expect.poll(async () => (await storedRecords(popup, 'events'))
      .filter((e) => e.simId === urgent && e.type === 'activity' && e.date === dayFromToday(0)).length).toBe(1);
    // A fresh 90 days (reg 11): the card no longer leads the list.
    await expect.poll(() => popup.locator('.sim-card__title').first().textContent()).toBe('Work Airtel');
    await popup.close();
  });

  it('opens a SIM in the app page, and the popup\'s "Log a recharge" opens its recharge form there', async () => {
    await page.goto(`${APP}#/sim/${urgent}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("Mom's Jio");
    await page.screenshot({ path: '/tmp/sim-keeper-app-sim-en.png', fullPage: true });

    const popup = await openExtensionPage(loaded.context, 'popup.html');
    const opened = loaded.context.waitForEvent('page');
    await popup.locator('article', { hasText: 'Work Airtel' }).getByRole('button', { name: /Log a recharge/ }).click();
    const form = await opened;
    await form.waitForURL(`${APP}#/sim/${relaxed}/log?type=recharge`);
    await form.close();
  });

  it('speaks Hindi and goes dark when the user chooses so in Settings', async () => {
    await setLanguageAndTheme(page, 'हिंदी', /गहरा|Dark/);
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(['hi', 'dark']);
    await page.screenshot({ path: '/tmp/sim-keeper-app-settings-hi-dark.png', fullPage: true });
    await page.goto(`${APP}#/`);
    await eventually(() => page.locator('.sim-card').count(), (n) => n === 2);
    await page.screenshot({ path: '/tmp/sim-keeper-app-home-hi-dark.png', fullPage: true });

    const popup = await openExtensionPage(loaded.context, 'popup.html');
    await expect.poll(() => popup.getByRole('button', { name: 'यह पेज पढ़ें' }).count()).toBe(1);
    await popup.screenshot({ path: '/tmp/sim-keeper-popup-hi-dark.png', fullPage: true });
    await popup.close();
    await setLanguageAndTheme(page, 'English', /Light|हल्का/);
    await page.goto(`${APP}#/settings`);
    await page.screenshot({ path: '/tmp/sim-keeper-app-settings-en.png', fullPage: true });
  });

  it('makes no network request: every file it loads is its own', async () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(EXTENSION_ORIGIN) && !url.startsWith('data:'))).toEqual([]);
  });
});
