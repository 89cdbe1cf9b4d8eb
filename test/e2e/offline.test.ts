/**
 * After the first visit the app opens and works with no network at all: the service worker
 * serves every file from its precache, the chunks loaded on demand included, and the data lives
 * in IndexedDB.
 */
import { describe, expect, it } from 'vitest';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { storedEvents } from './stored-events';
import { addSimViaUi, waitForServiceWorker } from './pwa';

const session = useAppInChromium();

describe('offline', () => {
  it('opens from the service worker with the network off, and logging use still works', async () => {
    const context = await newAppContext(session.browser, { today: '2026-03-29' });
    try {
      const page = await context.newPage();
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });

      await context.setOffline(true);
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await page.getByRole('heading', { name: 'Jio spare' }).first().waitFor();

      // A fresh navigation (not only a reload) is answered from the precache too.
      const opened = await page.goto(session.app.url);
      expect(opened?.fromServiceWorker()).toBe(true);
      await page.getByText('Jio spare').first().waitFor();

      // Log "I used this SIM today" while offline.
      await page.goto(`${session.app.url}#/sim/${encodeURIComponent(simId)}`);
      await page.getByRole('button', { name: 'I used this SIM today' }).first().click();
      await page.getByRole('button', { name: 'Made a call', exact: true }).first().click();
      await page.getByText('“Made a call” logged for today').first().waitFor();

      // Still there after another offline reload: it went to IndexedDB, not to a server.
      await page.reload();
      await page.getByRole('heading', { name: 'Jio spare' }).first().waitFor();
      await page.getByText('Made a call').filter({ visible: true }).first().waitFor();
      const events = await storedEvents(page);
      expect(events).toEqual([expect.objectContaining({ simId, type: 'activity', date: '2026-03-29' })]);

      // Screens this page has never shown come as chunks loaded on demand: from the precache too.
      const chunks: { url: string; fromServiceWorker: boolean }[] = [];
      page.on('response', (response) => {
        if (/\/assets\/[^/]+\.js$/.test(response.url())) chunks.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
      });
      await page.goto(`${session.app.url}#/settings`);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Backup' }).waitFor();
      await page.goto(`${session.app.url}#/sim/${encodeURIComponent(simId)}/log`);
      await page.getByRole('heading', { level: 1, name: 'Log for Jio spare' }).waitFor();
      await page.getByLabel('What happened?').waitFor();
      expect(chunks.map((chunk) => chunk.url)).toEqual(expect.arrayContaining([
        expect.stringMatching(/\/assets\/Settings-[^/]+\.js$/), expect.stringMatching(/\/assets\/LogEvent-[^/]+\.js$/),
      ]));
      expect(chunks.filter((chunk) => !chunk.fromServiceWorker)).toEqual([]);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
