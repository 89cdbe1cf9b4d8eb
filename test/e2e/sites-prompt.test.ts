/**
 * The in-page prompt in real Chromium: the content script, bundled as it ships, on each site's
 * fixture confirmation page, talking to the real background handler over a fake-indexeddb store.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import {
  bundleContentScript, connectBackground, fakePorts, inject, readPrompt, servePages, waitForMessages, waitForPrompt,
  type Background,
} from './sites-harness';
import { SERVED_AT } from '../fixtures/sites/served-at';
import { addSim, eventsForSim, openSimKeeperDb, setSetting, type SimRecord } from '../../shared/db/index';
import { withPolicy } from '../../shared/rules/policy';

const TODAY = '2026-11-25';
const fixture = (id: string): string => readFileSync(new URL(`../fixtures/sites/${id}.html`, import.meta.url), 'utf8');

/** Each fixture's recharged number and what the prompt should ask. */
const SITES: [id: string, number: string, amount: string, paise: number][] = [
  ['jio', '9876543210', '₹299', 29900], ['airtel', '9988776655', '₹349', 34900], ['vi', '8123456789', '₹479', 47900],
  ['bsnl', '9412345678', '₹187', 18700], ['paytm', '7700112233', '₹239', 23900], ['phonepe', '8899001122', '₹199', 19900],
  ['amazonpay', '9090123456', '₹1,199', 119900], ['freecharge', '9456789012', '₹108', 10800], ['mobikwik', '7012345678', '₹155', 15500],
];

let browser: Browser;
let bundle: string;
let context: BrowserContext;
let background: Background & { fake: ReturnType<typeof fakePorts> };
let counter = 0;

beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchChromium(), bundleContentScript('recharge-prompt')]);
});
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  const fake = fakePorts();
  background = { db: openSimKeeperDb(`sites-${++counter}-${crypto.randomUUID()}`), ports: fake.ports, fake, today: TODAY, log: [] };
  context = await browser.newContext({ viewport: { width: 1000, height: 640 }, locale: 'en-IN' });
  return async () => {
    await context.close();
  };
});

async function simFor(number: string, label: string): Promise<SimRecord> {
  return addSim(background.db, { label, number, operator: 'jio', connection: 'prepaid', since: '2026-01-01', policy: withPolicy() }, TODAY);
}

/** Opens a site's confirmation URL serving `html`, with the content script in it. */
async function openSite(id: string, html = fixture(id)): Promise<{ page: Page; requests: string[] }> {
  const requests = await servePages(context, { [SERVED_AT[id]!]: html });
  const page = await context.newPage();
  await connectBackground(page, background);
  await page.goto(SERVED_AT[id]!);
  await inject(page, bundle);
  return { page, requests };
}

describe('the prompt on each site’s confirmation page', () => {
  it.each(SITES)('%s: asks about the recharge, and on yes (Enter) logs it', async (id, number, amount, paise) => {
    const sim = await simFor(number, `Mom’s ${id}`);
    const { page } = await openSite(id);
    const prompt = await waitForPrompt(page, `Log the ${amount} recharge for Mom’s ${id} (…${number.slice(-4)})?`);
    expect(prompt.buttons).toEqual(['Close', 'Yes, log it', 'Not now', 'Don’t ask on this site']);
    expect(await eventsForSim(background.db, sim.id)).toEqual([]);
    await page.keyboard.press('Enter');
    await waitForPrompt(page, `Logged: the ${amount} recharge for Mom’s ${id} (…${number.slice(-4)}).`);
    expect(await eventsForSim(background.db, sim.id)).toMatchObject([{ type: 'recharge', amount: paise, date: TODAY, source: 'extension' }]);
  });
});

describe('the prompt', () => {
  it('lives in a closed shadow root the page cannot see into', async () => {
    await simFor('9876543210', 'Mom’s Jio');
    const { page } = await openSite('jio');
    const prompt = await waitForPrompt(page, /^Log the ₹299/);
    expect(prompt.mode).toBe('closed');
    const seenByPage = await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      return { shadowRoot: host.shadowRoot, text: document.body.innerText.includes('Log the') };
    });
    expect(seenByPage).toEqual({ shadowRoot: null, text: false });
  });

  it('shows site text and labels as text: "<img onerror>" never becomes markup', async () => {
    await simFor('9876543210', '<img src=x onerror=window.pl=1>');
    const html = fixture('jio').replace('₹299 · 2 GB/Day · Unlimited Voice · 100 SMS/Day', '&lt;img src=x onerror="window.pwnedPlan=1"&gt;');
    const { page } = await openSite('jio', html);
    const prompt = await waitForPrompt(page, /^Log the ₹299/);
    expect(prompt.texts).toContain('Plan: <img src=x onerror="window.pwnedPlan=1">');
    expect(prompt.texts.some((text) => text.includes('<img src=x onerror=window.pl=1>'))).toBe(true);
    expect(prompt.elements).not.toContain('IMG');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => [(window as never as Record<string, unknown>).pwnedPlan, (window as never as Record<string, unknown>).pl])).toEqual([undefined, undefined]);
  });

  it('goes away on Escape and logs nothing', async () => {
    const sim = await simFor('9876543210', 'Mom’s Jio');
    const { page } = await openSite('jio');
    await waitForPrompt(page, /^Log the ₹299/);
    await page.keyboard.press('Escape');
    await expect.poll(() => readPrompt(page)).toBeNull();
    expect(await eventsForSim(background.db, sim.id)).toEqual([]);
  });

  it('can be told not to ask on this site again, by keyboard alone', async () => {
    await simFor('9876543210', 'Mom’s Jio');
    const { page } = await openSite('jio');
    await waitForPrompt(page, /^Log the ₹299/);
    await page.keyboard.press('Tab'); // Not now
    await page.keyboard.press('Tab'); // Don't ask on this site
    await page.keyboard.press('Enter');
    await expect.poll(() => readPrompt(page)).toBeNull();
    expect([...background.fake.dismissed]).toEqual(['jio']);
    await page.reload();
    const before = background.log.length;
    await inject(page, bundle);
    await waitForMessages(page, background, before + 1);
    expect(background.log.at(-1)!.reply).toEqual({ ok: true, view: null });
    expect(await readPrompt(page)).toBeNull();
  });

  it('offers to add an unknown number, and asks the background to open the add form with it', async () => {
    const { page } = await openSite('paytm');
    const prompt = await waitForPrompt(page, 'A ₹239 recharge for …2233: this number is not in SIM Keeper yet.');
    expect(prompt.buttons[1]).toBe('Add this SIM');
    await page.keyboard.press('Enter');
    await waitForPrompt(page, 'SIM Keeper opened its add form in a new tab, with the number filled in.');
    expect(background.fake.opened).toEqual(['7700112233']);
  });

  it('asks in Hindi when the user chose Hindi', async () => {
    await simFor('9876543210', 'माँ का Jio');
    await setSetting(background.db, 'language', 'hi');
    const { page } = await openSite('jio');
    const prompt = await waitForPrompt(page, 'माँ का Jio (…3210) का ₹299 का रिचार्ज दर्ज करें?');
    expect(prompt.buttons).toEqual(['बंद करें', 'हाँ, दर्ज करें', 'अभी नहीं', 'इस साइट पर न पूछें']);
  });

  it('makes no request of its own: the page is the only one fetched', async () => {
    await simFor('9876543210', 'Mom’s Jio');
    const { page, requests } = await openSite('jio');
    await waitForPrompt(page, /^Log the ₹299/);
    await page.keyboard.press('Enter');
    await waitForPrompt(page, /^Logged/);
    expect(requests).toEqual([SERVED_AT.jio]);
  });

  it('screenshots in English and Hindi, light and dark (/tmp/sites-prompt-*.png)', async () => {
    await simFor('9876543210', 'Mom’s Jio');
    for (const lang of ['en', 'hi'] as const) {
      await setSetting(background.db, 'language', lang);
      for (const colorScheme of ['light', 'dark'] as const) {
        await context.pages().at(-1)?.close();
        const { page } = await openSite('jio');
        await page.emulateMedia({ colorScheme });
        await waitForPrompt(page, lang === 'en' ? /^Log the ₹299/ : /रिचार्ज दर्ज करें\?$/);
        await page.screenshot({ path: `/tmp/sites-prompt-${lang}-${colorScheme}.png` });
      }
    }
  });
});

describe('the content script', () => {
  it('is small: under 5 KB gzipped', () => {
    expect(gzipSync(bundle).length).toBeLessThan(5 * 1024);
  });

  it('does nothing on a recharge path that is not a confirmation (the plan list)', async () => {
    const { page } = await openSite('jio', '<!doctype html><main><h1>Recharge 98765 43210</h1><p>₹299 · 28 days</p></main>');
    await page.waitForTimeout(1000);
    expect(background.log).toEqual([]);
    expect(await readPrompt(page)).toBeNull();
  });

  it('waits for a status the site renders late, then asks', async () => {
    await simFor('9876543210', 'Mom’s Jio');
    const html = fixture('jio');
    const [head, rest] = html.split('<main id="main"');
    const late = `${head}<div id="later"></div><template id="status"><main id="main"${rest!.split('</main>')[0]}</main></template>
      <script>setTimeout(() => document.getElementById('later').replaceWith(document.getElementById('status').content.cloneNode(true)), 800)</script></body></html>`;
    const { page } = await openSite('jio', late);
    await waitForPrompt(page, /^Log the ₹299/);
  });

  it('waits for a status fetched slowly behind a spinner drawn by CSS, which changes nothing in the page', async () => {
    await simFor('9876543210', 'Mom’s Jio');
    const html = fixture('jio');
    const [head, rest] = html.split('<main id="main"');
    const slow = `${head}<div id="later" class="spinner"></div><template id="status"><main id="main"${rest!.split('</main>')[0]}</main></template>
      <script>setTimeout(() => document.getElementById('later').replaceWith(document.getElementById('status').content.cloneNode(true)), 4000)</script></body></html>`;
    const { page } = await openSite('jio', slow);
    await waitForPrompt(page, /^Log the ₹299/, 10_000);
  });
});
