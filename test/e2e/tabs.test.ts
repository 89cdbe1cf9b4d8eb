/**
 * Two tabs of the app on one store (issue 11): a write in one shows in the other without a
 * reload, and a restore running in one makes the other say that its writes wait.
 */
import { describe, expect, it } from 'vitest';
import { newAppContext, withAppPage } from './browser';
import { useAppInChromium } from './session';

const TODAY = '2026-03-15';
const session = useAppInChromium();

describe('two tabs of the app', () => {
  it('shows in the second tab the SIMs the first tab added, without a reload', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    try {
      const [first, second] = [await context.newPage(), await context.newPage()];
      for (const page of [first, second]) {
        await page.goto(session.app.url);
        await page.getByRole('button', { name: 'Try with sample data' }).waitFor();
      }
      await first.getByRole('button', { name: 'Try with sample data' }).click();
      await first.locator('.sim-card').first().waitFor();
      const cards = await first.locator('.sim-card').count();
      expect(cards).toBeGreaterThan(0);
      await expect.poll(() => second.locator('.sim-card').count(), { timeout: 10_000 }).toBe(cards);
    } finally {
      await context.close();
    }
  });

  it('says in the other tab, while a restore runs, that changes made there wait for it', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page, context) => {
      await page.goto(session.app.url);
      await page.getByRole('button', { name: 'Try with sample data' }).waitFor();
      const notice = page.getByText('A backup is being restored in another tab.', { exact: false });
      expect(await notice.count()).toBe(0);
      // What backup.ts's applyImport sends at the start and at the end of its transaction.
      const other = await context.newPage();
      await other.goto(session.app.url);
      await other.evaluate(() => new BroadcastChannel('sim-keeper-store:sim-keeper').postMessage({ kind: 'restoring', running: true }));
      await notice.waitFor({ timeout: 10_000 });
      await other.evaluate(() => new BroadcastChannel('sim-keeper-store:sim-keeper').postMessage({ kind: 'restoring', running: false }));
      await notice.waitFor({ state: 'detached', timeout: 10_000 });
    });
  });
});
