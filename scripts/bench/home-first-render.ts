/**
 * Bench section: the first render of home in real Chromium (360x800, on-disk profile) with 20 SIMs
 * and five years of events each (100,000 events, restored through Settings as a user would). Then
 * one warm-up reload and one timed reload (one run: the machine is small and shared), timed from
 * navigation start to the app's 'sim-keeper:home-rendered' mark (the cards are in the document,
 * with data; v3 draws them from the per-SIM summaries) and to the first contentful paint; with the
 * layout shift of that load (CLS: Chromium's 'layout-shift' entries up to a second after the
 * render, as Lighthouse counts them, shifts after input left out). Then the same reload offline
 * (the service worker in control serves the app, IndexedDB the data): the offline first render.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { benchToday, bigBackupJson } from './support/big-backup';
import { appPage, lastEntries, restoreThroughSettings, startBrowserApp } from './support/browser-app';
import { record } from './support/figures';
import { waitForServiceWorker } from '../../test/e2e/pwa';
import { heading, median, ms, table } from './report';

export const title = 'home: first render, 20 SIMs x 5 years';

const RELOADS = 1;

interface Load {
  rendered: number;
  /** When the store's first read ended ('sim-keeper:store-read'), and whether Dexie had to do it. */
  read: number;
  readBy: string;
  fcp: number;
  domContentLoaded: number;
  cards: number;
  /** Cumulative layout shift of the load, to a second after home rendered. */
  cls: number;
}

/** How long after the render layout shifts still count: the store's code and the reminder check arrive then. */
const SETTLE_MS = 1000;

async function timedReload(page: Page): Promise<Load> {
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('sim-keeper:home-rendered').length > 0, null, { timeout: 120_000 })
    .catch(async (error: unknown) => {
      const shown = await page.locator('main').innerText().catch(() => '?');
      throw new Error(`no sim-keeper:home-rendered mark at ${page.url()}; main shows: ${shown.slice(0, 200)}`, { cause: error });
    });
  const [rendered, read] = await lastEntries(page, ['sim-keeper:home-rendered', 'sim-keeper:store-read']);
  const readBy = await page.evaluate(() => String((performance.getEntriesByName('sim-keeper:store-read').at(-1) as PerformanceMark | undefined)?.detail));
  const { fcp, domContentLoaded } = await page.evaluate(() => new Promise<{ fcp: number; domContentLoaded: number }>((resolve) => {
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
      if (!paint) return;
      observer.disconnect();
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      resolve({ fcp: paint.startTime, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN });
    }).observe({ type: 'paint', buffered: true });
  }));
  const cards = await page.locator('.sim-card').count();
  await page.waitForTimeout(SETTLE_MS);
  const cls = await page.evaluate(() => new Promise<number>((resolve) => {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      const shifts = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
      resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    // No shift at all gives the observer nothing to report.
    setTimeout(() => resolve(0), 200);
  }));
  return { rendered: rendered!.startTime, read: read?.startTime ?? NaN, readBy, fcp, domContentLoaded, cards, cls };
}

export async function run(): Promise<void> {
  heading(title);
  const today = benchToday();
  const dir = join(tmpdir(), 'sim-keeper-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'backup-home.json');
  writeFileSync(file, bigBackupJson({ today, sims: 20, eventsPerSim: 5000, years: 5 }));

  const browser = await startBrowserApp();
  try {
    const page = await appPage(browser.context);
    await restoreThroughSettings(page, browser.app.url, file);
    // Reloads as a returning user has them: the service worker controls the page and serves the app.
    await waitForServiceWorker(page);
    await page.goto(browser.app.url);
    await timedReload(page); // warm-up: the first load under the worker, not counted
    const loads: Load[] = [];
    for (let i = 0; i < RELOADS; i++) loads.push(await timedReload(page));
    await browser.context.setOffline(true);
    const offline = await timedReload(page);
    await browser.context.setOffline(false);
    record('home', median(loads.map((l) => l.rendered)));
    record('homeCls', median(loads.map((l) => l.cls)));
    record('homeOffline', offline.rendered);
    const col = (pick: (load: Load) => number) => [ms(median(loads.map(pick))), ms(pick(offline))];
    table(['from navigation start to', 'ms', 'offline, ms'], [
      ['first contentful paint', ...col((l) => l.fcp)],
      ['DOMContentLoaded end', ...col((l) => l.domContentLoaded)],
      [`store read (${loads[0]!.readBy})`, ...col((l) => l.read)],
      ['sim-keeper:home-rendered', ...col((l) => l.rendered)],
    ]);
    console.log(`layout shift (CLS) of the load: ${median(loads.map((l) => l.cls)).toFixed(3)}; offline ${offline.cls.toFixed(3)}.`);
    console.log(`${loads[0]!.cards} cards (${offline.cards} offline), 100,000 events, today ${today}; 360x800, on-disk profile, service worker in control; ${RELOADS} reload after one warm-up, then one offline.`);
  } finally {
    await browser.close();
  }
}
