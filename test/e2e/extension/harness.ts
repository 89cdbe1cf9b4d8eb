/**
 * Harness of the extension's browser tests: Debian's Chromium with the built extension
 * (dist/extension, `npm run build`) loaded unpacked, in a fresh profile, headless. No fallback:
 * without Chromium or the build the tests fail, they never pass quietly.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { storedEvents } from '../stored-events';
export { eventually } from '../eventually';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../browser';
import { EXTENSION_ID } from '../../../shared/sync/extension-id';
import { addDays, type IsoDate } from '../../../shared/rules/dates';
import { localToday } from '../../../shared/clock/today';

export const EXTENSION_DIR = fileURLToPath(new URL('../../../dist/extension', import.meta.url));
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export interface LoadedExtension {
  context: BrowserContext;
  /** The background service worker as it runs now (a new one after a stop). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the extension in a fresh profile; `withoutExtension` starts the same
 * browser without it, to measure what the extension costs a page.
 */
export async function launchWithExtension(options: { locale?: string; args?: string[]; ignoreHTTPSErrors?: boolean; withoutExtension?: boolean } = {}): Promise<LoadedExtension> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const extension = options.withoutExtension ? [] : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  if (extension.length > 0 && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/extension is missing: run npm run build first');
  const profile = mkdtempSync(join(tmpdir(), 'sim-keeper-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 360, height: 800 },
    locale: options.locale ?? 'en-IN',
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      ...extension, ...(options.args ?? [])],
  });
  const worker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith(EXTENSION_ORIGIN));
    return running ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(EXTENSION_ORIGIN), timeout: 30_000 });
  };
  return {
    context,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the background's service worker through DevTools (ServiceWorker.stopAllWorkers, from one
 * of the extension's pages) and resolves when it has stopped; `running` resolves when it next runs.
 * Playwright does not see a stopped worker start again, so the tests read the worker's state
 * (alarms, notifications) from an extension page afterwards.
 */
export async function stopBackground(context: BrowserContext, page: Page): Promise<{ running: Promise<void> }> {
  const cdp = await context.newCDPSession(page);
  let phase: 'before' | 'stopped' = 'before';
  let markStopped!: () => void;
  let markRunning!: () => void;
  const stopped = new Promise<void>((resolve) => { markStopped = resolve; });
  const running = new Promise<void>((resolve) => { markRunning = resolve; });
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith(EXTENSION_ORIGIN));
    if (phase === 'before' && ours.some((v) => v.runningStatus === 'stopped')) { phase = 'stopped'; markStopped(); }
    else if (phase === 'stopped' && ours.some((v) => v.runningStatus === 'running')) markRunning();
  });
  await cdp.send('ServiceWorker.enable');
  // The command's own answer may never come: wait for the stop itself.
  void cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
  await stopped;
  return { running };
}

/** Opens one of the extension's pages ('popup.html', 'app.html#/add') in a new tab. */
export async function openExtensionPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${EXTENSION_ORIGIN}${path}`);
  return page;
}

/** Today in this machine's zone, as the background sees it, and a day `days` from it. */
export function dayFromToday(days: number): IsoDate {
  return addDays(localToday(), days);
}

/** Every record of one of the store's tables, read straight from IndexedDB in `page`'s origin. */
export async function storedRecords(page: Page, table: 'sims' | 'events' | 'reminders'): Promise<Record<string, unknown>[]> {
  if (table === 'events') return (await storedEvents(page)) as unknown as Record<string, unknown>[];
  return page.evaluate((name) => new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const open = indexedDB.open('sim-keeper');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => {
        resolve((request.result as Record<string, unknown>[]).filter((record) => record.deleted !== true));
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  }), table);
}

/** Presses "Sync now" in the PWA's Settings and waits until the round went through. */
export async function syncNowInPwa(pwa: Page, app: { url: string }): Promise<void> {
  await pwa.goto(`${app.url}#/settings`);
  const row = pwa.locator('[data-extension-sync]');
  // The first round runs as the page opens; on a busy machine it takes more than poll's default second.
  await expect.poll(() => row.getAttribute('data-extension-sync'), { timeout: 15_000 }).not.toBe('checking');
  const before = await row.getAttribute('data-last-synced');
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => row.getAttribute('data-last-synced'), { timeout: 15_000 }).not.toBe(before);
  expect(await row.textContent()).toMatch(/Last synced/);
  expect(await row.getAttribute('data-extension-sync')).toBe('connected');
}
