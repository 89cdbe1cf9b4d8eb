/**
 * The router follows the address: a hash change made while the app is still starting (before its
 * hashchange listener is attached) still shows the right screen, and later changes are followed.
 */
import { describe, it } from 'vitest';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';

const session = useAppInChromium();

describe('routing', () => {
  it('shows the screen of a hash set just after the first render, before the listener is attached', async () => {
    await withAppPage(session.browser, { today: '2026-03-15' }, async (page) => {
      // The moment the app's first frame is in the document (its route already read, its effects
      // not yet run), move to Settings: the hashchange event fires before anyone listens.
      await page.addInitScript(() => {
        if (location.hash) return;
        const observer = new MutationObserver(() => {
          if (!document.querySelector('#app main')) return;
          observer.disconnect();
          location.hash = '#/settings';
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(session.app.url);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 10_000 });

      // And later changes are followed.
      await page.evaluate(() => { location.hash = '#/add'; });
      await page.getByRole('heading', { level: 1, name: 'Add a SIM' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    });
  });
});
