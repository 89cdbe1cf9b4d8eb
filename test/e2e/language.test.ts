/**
 * Each user downloads only their own language: Hindi is a chunk the page fetches once the stored
 * setting asks for it, and it arrives before the first screen is drawn, so a Hindi user never
 * sees a screen in English first (only "Loading…" before the store answers).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';

const TODAY = '2026-03-15';
const HINDI_CHUNK = /\/assets\/hi-[^/]+\.js$/;

/** Every text an <h1> of the page shows, from the first frame of each load on. */
async function recordHeadings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingsSeen: string[] }).headingsSeen = seen;
    new MutationObserver(() => {
      for (const h1 of document.querySelectorAll('h1')) {
        const text = h1.textContent ?? '';
        if (seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const headingsSeen = (page: Page) => page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen);

const session = useAppInChromium();

describe('language', () => {
  it('an English user never fetches Hindi', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.goto(session.app.url);
      await page.getByRole('heading', { level: 1, name: 'Keep every number alive' }).waitFor();
      await page.getByRole('button', { name: 'Try with sample data' }).click();
      await page.getByRole('heading', { level: 1, name: 'My SIMs' }).waitFor();
      expect(fetched.filter((url) => HINDI_CHUNK.test(url))).toEqual([]);
    });
  });

  it('a Hindi user sees Hindi from the first screen on, with no frame of English', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      await page.goto(session.app.url);
      await page.getByRole('button', { name: 'हिंदी में पढ़ें' }).click();
      await page.getByRole('heading', { level: 1, name: 'हर नंबर चालू रखें' }).waitFor();
      await page.getByRole('button', { name: 'नमूने के डेटा से आज़माएँ' }).click();
      await page.getByRole('heading', { level: 1, name: 'मेरे SIM' }).waitFor();

      await recordHeadings(page);
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'मेरे SIM' }).waitFor();
      expect(await headingsSeen(page)).toEqual(['मेरे SIM']);
      expect(fetched.filter((url) => HINDI_CHUNK.test(url))).toHaveLength(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    });
  });

  it('a browser set to Hindi opens in Hindi on first run, and the user\'s choice then stays', async () => {
    await withAppPage(session.browser, { today: TODAY, locale: 'hi-IN' }, async (page) => {
      await page.goto(session.app.url);
      await page.getByRole('heading', { level: 1, name: 'हर नंबर चालू रखें' }).waitFor();
      await page.getByRole('button', { name: 'Read in English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Keep every number alive' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Keep every number alive' }).waitFor();
    });
  });
});
