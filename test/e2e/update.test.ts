/**
 * An update never takes over by itself: the new service worker installs and waits, the app offers
 * "Reload", and only that click activates it and reloads the page under the new version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, newAppContext, type ServedApp } from './browser';
import { waitForServiceWorker } from './pwa';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A copy of the build, served without caching, so the test can publish a new sw.js mid-session
 * (the browser fetches the worker script itself: Playwright's routing cannot stand in for it).
 */
async function serveCopyOfBuild(): Promise<ServedApp & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sim-keeper-update-'));
  await cp(fileURLToPath(new URL('../../dist/pwa/', import.meta.url)), dir, { recursive: true });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    dir,
    url: `http://localhost:${address.port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let browser: Browser;
let app: ServedApp & { dir: string };

beforeAll(async () => {
  app = await serveCopyOfBuild();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('update', () => {
  it('waits for the user before activating a new version', async () => {
    const context = await newAppContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(app.url);
      await waitForServiceWorker(page);
      const firstWorker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);

      // Publish "version 2": the same worker with one byte changed is a new worker to the browser.
      const worker = join(app.dir, 'sw.js');
      await writeFile(worker, `${await readFile(worker, 'utf8')}\n// version 2\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.ready).update();
      });

      // The app offers the update; the new worker waits meanwhile.
      await page.getByText('An update of SIM Keeper is ready.').waitFor();
      await page.waitForTimeout(500);
      const waiting = await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        return { waiting: registration.waiting?.state ?? null, controllerIsActive: navigator.serviceWorker.controller === registration.active };
      });
      expect(waiting).toEqual({ waiting: 'installed', controllerIsActive: true });

      // "Reload": the new worker activates and the page reloads under it.
      const reloaded = page.waitForEvent('framenavigated');
      await page.getByRole('button', { name: 'Reload', exact: true }).click();
      await reloaded;
      await waitForServiceWorker(page);
      const after = await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        return { waiting: registration.waiting, active: registration.active?.state, scriptURL: registration.active?.scriptURL };
      });
      expect(after).toEqual({ waiting: null, active: 'activated', scriptURL: firstWorker });
      await page.getByText('An update of SIM Keeper is ready.').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});
