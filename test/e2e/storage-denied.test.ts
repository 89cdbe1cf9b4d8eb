/**
 * Issue 11, durability: when the browser refuses persistent storage, the app says so where the
 * user looks after their data (Settings), offers to ask again, and keeps reminding about backups:
 * home asks for the first backup at once, and again once the last one is 30 days old.
 * Chromium decides persistence by its own heuristics (site engagement, installation), so the test
 * makes the browser's answer "no" with an init script, as a browser that refuses would.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';

const session = useAppInChromium();

/** navigator.storage as a browser that never grants persistence answers, counting the requests. */
async function refusePersistence(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const storage = navigator.storage;
    const asked = { count: 0 };
    Object.defineProperty(window, '__persistAsked', { value: asked });
    storage.persisted = () => Promise.resolve(false);
    storage.persist = () => { asked.count += 1; return Promise.resolve(false); };
  });
}

const persistAsked = (page: Page) => page.evaluate(() => (window as unknown as { __persistAsked: { count: number } }).__persistAsked.count);

describe('persistent storage denied', () => {
  it('says the data is not protected, offers to ask again, and keeps asking for backups', async () => {
    const context = await newAppContext(session.browser, { today: '2026-03-15' });
    try {
      await refusePersistence(context);
      const page = await context.newPage();
      await page.goto(session.app.url);
      await addSimViaUi(page, session.app, { label: 'Spare', number: '9876543210', since: '2026-03-01' });
      expect(await persistAsked(page)).toBeGreaterThan(0);

      await page.goto(session.app.url);
      await page.getByText('You have no backup yet.', { exact: false }).waitFor();

      await page.goto(`${session.app.url}#/settings`);
      const status = page.getByRole('region', { name: 'Storage on this device' }).getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Not protected: the browser may clear SIM Keeper’s data when space runs low. Keep a backup.');
      const before = await persistAsked(page);
      await page.getByRole('button', { name: 'Ask the browser to keep my data' }).click();
      await expect.poll(() => persistAsked(page)).toBe(before + 1);
      expect(await status.textContent()).toContain('Not protected');

      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
      await page.goto(session.app.url);
      await page.locator('.sim-list li').first().waitFor();
      expect(await page.getByText('A backup keeps your history safe', { exact: false }).count()).toBe(0);

      await context.clock.setFixedTime(new Date('2026-04-15T10:00:00+05:30'));
      await page.reload();
      await page.getByText('Your last backup was 31 days ago.', { exact: false }).waitFor();
    } finally {
      await context.close();
    }
  });
});
