/**
 * The recharge sites with the REAL built extension in Chromium: each fixture is served under its
 * site's real https URL, the manifest's content_scripts decide where the content script runs, the
 * real background answers it from the extension's own store, and the popup shows the result.
 * The prompt sits in a closed shadow root: it is read through the DevTools protocol, as a screen
 * reader would, and answered by keyboard (its "Yes" button takes focus).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { dayFromToday, EXTENSION_ORIGIN, launchWithExtension, openExtensionPage, storedRecords, type LoadedExtension } from './harness';
import { addSimViaUi } from '../pwa';
import { serveSites, type SiteServer } from './recharge-sites-harness';
import { waitForPrompt } from '../sites-harness';
import { SERVED_AT } from '../../fixtures/sites/served-at';

const APP = `${EXTENSION_ORIGIN}app.html`;
const fixture = (id: string): string => readFileSync(new URL(`../../fixtures/sites/${id}.html`, import.meta.url), 'utf8');

/** Each fixture's recharged number, and the amount its prompt asks about. */
const SITES: [id: string, number: string, amount: string, paise: number][] = [
  ['jio', '9876543210', '₹299', 29900], ['airtel', '9988776655', '₹349', 34900], ['vi', '8123456789', '₹479', 47900],
  ['bsnl', '9412345678', '₹187', 18700], ['paytm', '7700112233', '₹239', 23900], ['phonepe', '8899001122', '₹199', 19900],
  ['amazonpay', '9090123456', '₹1,199', 119900], ['freecharge', '9456789012', '₹108', 10800], ['mobikwik', '7012345678', '₹155', 15500],
];

/** A page on a site the manifest does not name, and a receipt there that no adapter knows. */
const ELSEWHERE = 'https://example.org/';
const SHOP_RECEIPT = 'https://quickpay.example/orders/5512/receipt';
const RECEIPT = `<!doctype html><html lang="en"><body>
  <main><h1>Payment successful</h1>
  <p>Mobile recharge for +91 98765 43210 (Jio Prepaid)</p>
  <p>Amount paid: ₹ 349.00</p><p>Validity: 28 days</p></main></body></html>`;

const PAGES: Record<string, string> = {
  ...Object.fromEntries(SITES.map(([id]) => [SERVED_AT[id]!, fixture(id)])),
  [ELSEWHERE]: fixture('jio'), // a confirmation's very words, on a host the extension has no business on
  [SHOP_RECEIPT]: RECEIPT,
};

/** The number's last four digits, as the prompt and the popup show them. */
const last4 = (number: string): string => number.slice(-4);

let server: SiteServer;
let loaded: LoadedExtension;
let app: Page;
/** Last used 40 days ago: the 90 days of reg 11 end in 50, sooner than a logged plan's validity may end. */
const SINCE = dayFromToday(-40);

beforeAll(async () => {
  server = await serveSites(PAGES);
  const hosts = [...new Set(Object.keys(PAGES).map((url) => new URL(url).hostname))];
  loaded = await launchWithExtension({ args: server.chromiumArgs(hosts), ignoreHTTPSErrors: true });
  app = await openExtensionPage(loaded.context, 'app.html');
}, 60_000);
afterAll(async () => {
  await loaded?.close();
  await server?.close();
});

/** The popup's card of one SIM: its visible text. */
async function popupCard(label: string): Promise<string> {
  const popup = await openExtensionPage(loaded.context, 'popup.html');
  const card = popup.locator('article', { hasText: label });
  await card.waitFor();
  const text = (await card.innerText()).replace(/\s+/g, ' ');
  await popup.close();
  return text;
}

/** The names of the extension worlds (content scripts) created in a page at `url`, seen through DevTools. */
async function extensionWorlds(url: string): Promise<string[]> {
  const page = await loaded.context.newPage();
  const cdp = await loaded.context.newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (String(context.origin).startsWith('chrome-extension://')) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await expect.poll(() => page.locator('body').innerText()).toContain('₹299'); // the page itself is there
  await page.waitForTimeout(1500); // run_at document_idle: give it time to come
  await page.close();
  return worlds;
}

describe('the recharge sites, with the real extension', () => {
  it.each(SITES)('%s: the content script asks on the confirmation page; on yes the background logs it and the popup counts from its validity', async (id, number, amount) => {
    const label = `Mom’s ${id}`;
    await addSimViaUi(app, { url: APP }, { label, number, since: SINCE });
    const before = await popupCard(label);

    const page = await loaded.context.newPage();
    await page.goto(SERVED_AT[id]!);
    const prompt = await waitForPrompt(page, `Log the ${amount} recharge for ${label} (…${last4(number)})?`, 15_000);
    expect(prompt.mode).toBe('closed');
    expect(prompt.buttons).toEqual(['Close', 'Yes, log it', 'Not now', 'Don’t ask on this site']);
    await page.keyboard.press('Enter'); // the focused "Yes, log it"
    await waitForPrompt(page, `Logged: the ${amount} recharge for ${label} (…${last4(number)}).`);
    await page.close();

    // The store has the recharge, written by the background from the extension.
    const sims = await storedRecords(app, 'sims');
    const simId = sims.find((sim) => sim.label === label)!.id;
    const recharges = (await storedRecords(app, 'events')).filter((e) => e.simId === simId && e.type === 'recharge');
    expect(recharges).toMatchObject([{ source: 'extension', date: dayFromToday(0) }]);
    // A recharge is not usage (reg 2(aa)), so reg 11's 90 days still run from the last use (50 days
    // left); but its validity starts the operator's plan clock: outgoing calls stop the day after it
    // ends, and when that comes first the popup's card counts down to it instead.
    const validityDays = recharges[0]!.validityDays as number;
    expect(validityDays).toBeGreaterThan(0); // every fixture shows its plan's validity
    const expected = Math.min(validityDays, 50);
    expect(before).toContain('50 days left');
    expect(await popupCard(label)).toContain(`${expected} days left`);
  });

  it('runs its content script on a recharge page, and none on a site the manifest does not name, whatever the page says', async () => {
    expect(await extensionWorlds(SERVED_AT.jio!)).toEqual(['SIM Keeper']); // the probe sees a content script when there is one
    expect(await extensionWorlds(ELSEWHERE)).toEqual([]);
  });
});
