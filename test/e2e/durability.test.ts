/**
 * Nothing lost (issue 11, section 2), in Chromium: a page closed in the middle of a large restore
 * leaves the store as it was or wholly restored, never half-written; two tabs writing at once lose
 * neither's writes. The store is read with IndexedDB itself, not through the app.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';
import { storedCounts } from './stored-events';
import { benchToday, bigBackupJson } from '../../scripts/bench/support/big-backup';

const session = useAppInChromium();
const TODAY = benchToday();

async function openApp(context: BrowserContext, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${session.app.url}${hash}`);
  return page;
}

describe('durability', () => {
  // 20 SIMs x 1,500 events: long enough a restore to be cut in the middle.
  const file = bigBackupJson({ today: TODAY, sims: 20, eventsPerSim: 1500 });
  const FULL = { sims: 21, events: 20 * 1500 };

  it.each([50, 400])('leaves the store as it was or wholly restored when the page closes %i ms after Restore', async (delay) => {
    const context = await newAppContext(session.browser, { today: TODAY });
    try {
      const page = await openApp(context);
      await addSimViaUi(page, session.app, { label: 'Already here', number: '9876543210', since: '2026-01-01' });
      const before = await storedCounts(page);
      expect(before).toEqual({ sims: 1, events: 0 });

      await page.goto(`${session.app.url}#/settings`);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.locator('#backup-section input[type="file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
      await dialog.waitFor({ timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Restore' }).click();
      // The restore of this file takes a second or two here: these delays close the page inside it.
      await page.waitForTimeout(delay);
      const finished = await page.getByText('Backup restored').isVisible();
      await page.close({ runBeforeUnload: false });

      const reopened = await openApp(context);
      const after = await storedCounts(reopened);
      if (finished) expect(after).toEqual(FULL);
      else expect([before, FULL]).toContainEqual(after);
      // The app opens on what is there, whichever it is.
      await reopened.getByText('Already here').first().waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);

  it('loses nothing when two tabs add SIMs and log use at the same moment', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    try {
      const [left, right] = [await openApp(context), await openApp(context)];
      const added = await Promise.all([
        (async () => [await addSimViaUi(left, session.app, { label: 'Left 1', number: '9876500001', since: '2026-01-01' }),
          await addSimViaUi(left, session.app, { label: 'Left 2', number: '9876500002', since: '2026-01-01' })])(),
        (async () => [await addSimViaUi(right, session.app, { label: 'Right 1', number: '9876500003', since: '2026-01-01' }),
          await addSimViaUi(right, session.app, { label: 'Right 2', number: '9876500004', since: '2026-01-01' })])(),
      ]);
      expect(await storedCounts(left)).toEqual({ sims: 4, events: 0 });

      // Both tabs on the same SIM's page log a different use at once.
      const simId = added[0][0]!;
      // Reloaded: a tab reads the store when it opens (refreshing on another tab's change is section 1's).
      for (const page of [left, right]) {
        await page.goto(`${session.app.url}#/sim/${encodeURIComponent(simId)}`);
        await page.reload();
      }
      await Promise.all([[left, 'Made a call'], [right, 'Sent an SMS']].map(async ([page, kind]) => {
        const tab = page as Page;
        await tab.getByRole('button', { name: 'I used this SIM today' }).first().click();
        await tab.getByRole('button', { name: kind as string, exact: true }).first().click();
        await tab.getByText('logged for today').first().waitFor();
      }));
      expect(await storedCounts(right)).toEqual({ sims: 4, events: 2 });

      // Each tab, reloaded, shows all four SIMs.
      for (const page of [left, right]) {
        await page.goto(session.app.url);
        await page.reload();
        for (const label of ['Left 1', 'Left 2', 'Right 1', 'Right 2']) await page.getByText(label, { exact: true }).first().waitFor();
      }
    } finally {
      await context.close();
    }
  }, 120_000);
});
