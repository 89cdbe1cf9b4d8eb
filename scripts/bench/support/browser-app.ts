/**
 * The built PWA in real Chromium, for the bench sections that need a browser: builds dist/pwa
 * when it is missing, serves it, and restores a backup file through the Settings screen as a
 * user would.
 *
 * An ON-DISK profile (launchPersistentContext with a fresh temporary user-data-dir), never an
 * incognito context: incognito keeps IndexedDB in memory, which flatters every store figure
 * (issue 6, section 2: a 100k restore took ~8 s incognito, 23.6 s on disk under v2).
 *
 * No Playwright clock here: its fake `performance` would hide the app's marks, so the browser
 * runs on the real date (big-backup.ts's benchToday() is always in the past for it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, serveBuiltApp, type ServedApp } from '../../../test/e2e/browser';
import { ensureBuilt } from './dist';

/** As test/e2e/browser.ts launches it: without the background-networking flags Chromium calls home. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface BrowserApp {
  /** The persistent context: its IndexedDB lives in `profile` on disk. */
  context: BrowserContext;
  app: ServedApp;
  profile: string;
  /** Closes Chromium and the server, and deletes the profile. */
  close(): Promise<void>;
}

/** Chromium on a fresh on-disk profile (empty storage, 360x800, Asia/Kolkata), and the app served. */
export async function startBrowserApp(): Promise<BrowserApp> {
  ensureBuilt();
  const profile = mkdtempSync(join(tmpdir(), 'sim-keeper-bench-profile-'));
  const [context, app] = await Promise.all([
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH, args: ARGS, viewport: { width: 360, height: 800 }, locale: 'en-IN', timezoneId: 'Asia/Kolkata',
    }),
    serveBuiltApp(),
  ]);
  return {
    context, app, profile,
    close: async () => {
      await context.close();
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The context's page (a persistent context opens with one); page errors are shown. */
export async function appPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return page;
}

export interface RestoreTimes {
  /** The app's 'sim-keeper:import-preview' measure: reading and checking the file. */
  previewMs: number;
  /** 'sim-keeper:import-start' to '...-written': applyImport, the one IndexedDB transaction. */
  writeMs: number;
  /** The app's 'sim-keeper:import' measure: Restore clicked to the store written and the app showing it. */
  importMs: number;
  /** Seen from the bench: the click to the "Backup restored" toast on screen (includes the re-render). */
  clickToToastMs: number;
}

/** Settings -> Restore from a backup file -> the preview -> Restore, timed by the app's own marks. */
export async function restoreThroughSettings(page: Page, url: string, file: string): Promise<RestoreTimes> {
  await page.goto(`${url}#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.locator('#backup-section input[type=file]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.waitFor({ timeout: 120_000 });
  const clicked = Date.now();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByText('Backup restored').waitFor({ timeout: 300_000 });
  const clickToToastMs = Date.now() - clicked;
  const [preview, start, written, total] = await lastEntries(page, ['sim-keeper:import-preview', 'sim-keeper:import-start', 'sim-keeper:import-written', 'sim-keeper:import']);
  if (!preview || !start || !written || !total) {
    throw new Error('the app made no sim-keeper:import marks: is dist/pwa older than the marks? run npx vite build');
  }
  return { previewMs: preview.duration, writeMs: written.startTime - start.startTime, importMs: total.duration, clickToToastMs };
}

/** The latest performance entry of each name (startTime from navigation start), or null. */
export async function lastEntries(page: Page, names: string[]): Promise<({ startTime: number; duration: number } | null)[]> {
  // No named functions inside: tsx would wrap them in a __name() helper the page does not have.
  return page.evaluate((list) => list.map((name) => {
    const entry = performance.getEntriesByName(name).at(-1);
    return entry ? { startTime: entry.startTime, duration: entry.duration } : null;
  }), names);
}
