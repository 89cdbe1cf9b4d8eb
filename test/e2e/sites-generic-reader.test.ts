/**
 * The generic reader in real Chromium, on a page no adapter knows: the site's content script
 * leaves it alone, and the reader (which the background injects on the user's click) offers the
 * same prompt, or says it found nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { bundleContentScript, connectBackground, fakePorts, inject, readPrompt, servePages, TAB_ID, waitForPrompt, type Background } from './sites-harness';
import { addSim, eventsForSim, openSimKeeperDb } from '../../shared/db/index';
import { withPolicy } from '../../shared/rules/policy';

const TODAY = '2026-11-25';
const SHOP = 'https://quickpay.example/orders/5512/receipt';
const RECEIPT = `<!doctype html><html lang="en"><body>
  <header>QuickPay · signed in as 70123 45678</header>
  <main><h1>Payment successful</h1>
  <p>Mobile recharge for +91 98765 43210 (Jio Prepaid)</p>
  <p>Amount paid: ₹ 349.00</p><p>Validity: 28 days</p></main></body></html>`;
const NOTHING = '<!doctype html><html lang="en"><body><h1>Your orders</h1><p>Nothing here yet.</p></body></html>';

let browser: Browser;
let reader: string;
let sitesScript: string;
let context: BrowserContext;
let background: Background & { fake: ReturnType<typeof fakePorts> };
let counter = 0;

beforeAll(async () => {
  [browser, reader, sitesScript] = await Promise.all([launchChromium(), bundleContentScript('generic-reader'), bundleContentScript('recharge-prompt')]);
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const fake = fakePorts();
  background = { db: openSimKeeperDb(`reader-${++counter}-${crypto.randomUUID()}`), ports: fake.ports, fake, today: TODAY, log: [] };
  context = await browser.newContext({ viewport: { width: 1000, height: 640 } });
  return async () => {
    await context.close();
  };
});

async function open(html: string): Promise<Page> {
  await servePages(context, { [SHOP]: html });
  const page = await context.newPage();
  await connectBackground(page, background);
  await page.goto(SHOP);
  return page;
}

describe('the generic reader', () => {
  it('is needed: the sites’ content script does nothing on a page no adapter knows', async () => {
    const page = await open(RECEIPT);
    await inject(page, sitesScript);
    await page.waitForTimeout(1000);
    expect(background.log).toEqual([]);
    expect(await readPrompt(page)).toBeNull();
  });

  it('reads the receipt and offers the same prompt; yes logs the recharge', async () => {
    const sim = await addSim(background.db, { label: 'Dad’s Jio', number: '9876543210', operator: 'jio', connection: 'prepaid', since: '2026-01-01', policy: withPolicy() }, TODAY);
    await background.ports.readerGrants.allow(TAB_ID);
    const page = await open(RECEIPT);
    await inject(page, reader);
    const prompt = await waitForPrompt(page, 'Log the ₹349 recharge for Dad’s Jio (…3210)?');
    expect(prompt.texts).toContain('Validity: 28 days');
    // The user started it: there is no "Don't ask on this site".
    expect(prompt.buttons).toEqual(['Close', 'Yes, log it', 'Not now']);
    await page.keyboard.press('Enter');
    await waitForPrompt(page, /^Logged: the ₹349 recharge/);
    expect(await eventsForSim(background.db, sim.id)).toMatchObject([{ amount: 34900, validityDays: 28, source: 'extension' }]);
    await page.screenshot({ path: '/tmp/sites-reader-logged.png' });
  });

  it('is refused by the background in a tab where the user did not start it', async () => {
    const page = await open(RECEIPT);
    await inject(page, reader);
    await expect.poll(() => background.log.length).toBe(1);
    expect(background.log[0]!.reply).toEqual({ ok: false, error: 'sender' });
    expect(await readPrompt(page)).toBeNull();
  });

  it('says so when the page holds no completed recharge', async () => {
    await background.ports.readerGrants.allow(TAB_ID);
    const page = await open(NOTHING);
    await inject(page, reader);
    await waitForPrompt(page, 'SIM Keeper found no completed recharge on this page.');
    await page.keyboard.press('Enter');
    await expect.poll(() => readPrompt(page)).toBeNull();
  });
});
