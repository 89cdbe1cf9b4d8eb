/**
 * "Don't ask on this site" has an undo: with the real built extension, the prompt stops on a site
 * after that answer, the popup then lists the site under "Sites where SIM Keeper does not ask", and
 * its "Ask again" (by keyboard) brings the prompt back. The app page's Settings lists the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { dayFromToday, EXTENSION_ORIGIN, launchWithExtension, openExtensionPage, type LoadedExtension } from './harness';
import { addSimViaUi } from '../pwa';
import { serveSites, type SiteServer } from './recharge-sites-harness';
import { countContentMessages } from './content-script-probe';
import { readPrompt, waitForPrompt } from '../sites-harness';
import { SERVED_AT } from '../../fixtures/sites/served-at';

const APP = `${EXTENSION_ORIGIN}app.html`;
const JIO = SERVED_AT.jio!;
const QUESTION = 'Log the ₹299 recharge for Mom’s Jio (…3210)?';

let server: SiteServer;
let loaded: LoadedExtension;

beforeAll(async () => {
  server = await serveSites({ [JIO]: readFileSync(new URL('../../fixtures/sites/jio.html', import.meta.url), 'utf8') });
  loaded = await launchWithExtension({ args: server.chromiumArgs(['www.jio.com']), ignoreHTTPSErrors: true });
  const app = await openExtensionPage(loaded.context, 'app.html');
  await addSimViaUi(app, { url: APP }, { label: 'Mom’s Jio', number: '9876543210', since: dayFromToday(-40) });
  await app.close();
}, 60_000);
afterAll(async () => {
  await loaded?.close();
  await server?.close();
});

/** Opens Jio's confirmation page; resolves once the background has answered its content script. */
async function openJio(): Promise<Page> {
  const messages = await countContentMessages(await loaded.worker());
  const page = await loaded.context.newPage();
  await page.goto(JIO);
  await expect.poll(messages, { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
}

/** The popup's "Sites where SIM Keeper does not ask", found by its name. */
const dismissedSection = (popup: Page) => popup.getByRole('region', { name: 'Sites where SIM Keeper does not ask' });

describe('"Don’t ask on this site", and "Ask again" in the popup', () => {
  it('lists no site in the popup while SIM Keeper asks everywhere, and says so in Settings', async () => {
    const popup = await openExtensionPage(loaded.context, 'popup.html');
    await popup.locator('.popup__body').waitFor();
    await popup.waitForTimeout(1_000); // the list comes from chrome.storage a moment after the cards
    expect(await dismissedSection(popup).count()).toBe(0);
    await popup.close();
    const settings = await openExtensionPage(loaded.context, 'app.html#/settings');
    const section = settings.getByRole('region', { name: 'Sites where SIM Keeper does not ask' });
    await expect.poll(() => section.textContent()).toContain('None: SIM Keeper asks after a recharge on every site it knows.');
    await settings.close();
  });

  it('stops the prompt on that site, lists the site in the popup, and "Ask again" there brings the prompt back', async () => {
    const page = await openJio();
    await waitForPrompt(page, QUESTION);
    await page.keyboard.press('Tab'); // Not now
    await page.keyboard.press('Tab'); // Don't ask on this site
    await page.keyboard.press('Enter');
    await expect.poll(() => readPrompt(page)).toBeNull();
    await page.close();

    const quiet = await openJio(); // the background has answered: no prompt
    await quiet.waitForTimeout(500);
    expect(await readPrompt(quiet)).toBeNull();
    await quiet.close();

    const popup = await openExtensionPage(loaded.context, 'popup.html');
    const section = dismissedSection(popup);
    await section.waitFor();
    expect((await section.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))).toEqual(['Jio Ask again']);
    // By keyboard: from the section's heading, Tab reaches "Ask again", and Enter presses it.
    await section.getByRole('heading').focus();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ask again on Jio');
    await popup.keyboard.press('Enter');
    await expect.poll(() => section.getByRole('status').textContent()).toBe('SIM Keeper will ask again on Jio.');
    expect(await section.getByRole('listitem').count()).toBe(0);
    // Its button is gone: focus is on the section's heading, not lost to the page.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Sites where SIM Keeper does not ask');
    await popup.close();

    const again = await openJio();
    await waitForPrompt(again, QUESTION);
    await again.close();
  });
});
