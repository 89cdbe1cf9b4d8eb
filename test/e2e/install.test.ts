/**
 * Installable: Chromium finds a valid manifest with every icon and shortcut, a service worker that
 * controls the page, and reports no installability error.
 */
import { describe, expect, it } from 'vitest';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';
import { waitForServiceWorker } from './pwa';

const session = useAppInChromium();

interface ManifestIcon { src: string; sizes: string; type: string; purpose?: string }

describe('install', () => {
  it('has a complete manifest whose icons and shortcuts all load, and no installability errors', async () => {
    await withAppPage(session.browser, {}, async (page, context) => {
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      const manifestUrl = new URL((await page.getAttribute('link[rel="manifest"]', 'href'))!, session.app.url).href;
      const manifest = await (await page.request.get(manifestUrl)).json() as {
        name: string; short_name: string; id: string; start_url: string; scope: string; display: string;
        icons: ManifestIcon[]; shortcuts: { name: string; url: string; icons: ManifestIcon[] }[];
      };
      expect(manifest).toMatchObject({ name: 'SIM Keeper', display: 'standalone', start_url: './', scope: './', id: './' });
      const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
      expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
      expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([['I used a SIM', './#/quick/used'], ['Log a recharge', './#/quick/recharge']]);

      const icons = [...manifest.icons, ...manifest.shortcuts.flatMap((s) => s.icons), { src: 'icons/apple-touch-icon-180.png', sizes: '180x180', type: 'image/png' }];
      for (const icon of icons) {
        const response = await page.request.get(new URL(icon.src, manifestUrl).href);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()['content-type'], icon.src).toContain(icon.type);
        if (icon.type === 'image/png') {
          const size = await page.evaluate(async (src) => {
            const image = new Image();
            image.src = src;
            await image.decode();
            return `${image.naturalWidth}x${image.naturalHeight}`;
          }, new URL(icon.src, manifestUrl).href);
          expect(size, icon.src).toBe(icon.sizes);
        }
      }

      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors') as { installabilityErrors: { errorId: string }[] };
      // Playwright's contexts are incognito-like, and Chromium never offers install in incognito:
      // that is the one error allowed here.
      expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    });
  });
  it('opens each shortcut on its screen', async () => {
    await withAppPage(session.browser, { today: '2026-03-29' }, async (page, context) => {
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      for (const [url, heading] of [['./#/quick/used', 'I used this SIM today'], ['./#/quick/recharge', 'Log a recharge']] as const) {
        const shortcut = await context.newPage();
        await shortcut.goto(new URL(url, session.app.url).href);
        await shortcut.getByRole('heading', { name: heading }).first().waitFor();
        await shortcut.close();
      }
    });
  });
});
