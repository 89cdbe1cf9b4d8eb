/**
 * The built PWA in real Chromium, for the bench sections that need a browser: builds dist/pwa
 * when it is missing, serves it, and restores a backup file through the Settings screen as a
 * user would. Reuses the browser tests' harness (test/e2e/browser.ts).
 *
 * No Playwright clock here: its fake `performance` would hide the app's marks, so the browser
 * runs on the real date (big-backup.ts's benchToday() is always in the past for it).
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newAppContext, serveBuiltApp, type ServedApp } from '../../../test/e2e/browser';
import { ensureBuilt } from './dist';

export interface BrowserApp {
  browser: Browser;
  app: ServedApp;
  close(): Promise<void>;
}

export async function startBrowserApp(): Promise<BrowserApp> {
  ensureBuilt();
  const [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  return { browser, app, close: async () => { await browser.close(); await app.close(); } };
}

/** A page of a fresh context (empty storage, 360x800, Asia/Kolkata); page errors end the bench. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await newAppContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  return page;
}

export interface RestoreTimes {
  /** The app's 'sim-keeper:import-preview' measure: reading and checking the file. */
  previewMs: number;
  /** 'sim-keeper:import-start' to '...-written': applyImport, the one IndexedDB transaction. */
  writeMs: number;
  /** The app's 'sim-keeper:import' measure: Restore clicked to the store written and read back. */
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
