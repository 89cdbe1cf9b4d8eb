/**
 * Bench section: opening one SIM's page in real Chromium (360x800, on-disk profile) in the same
 * store as home-first-render (20 SIMs x 5 years, 100,000 events, restored through Settings): the
 * SIM measured has an event on every day of five years (5,000 in all). One warm-up reload and one
 * timed reload of #/sim/<id>, from navigation start to (a) the status card in the document and
 * (b) the history list with every one of the SIM's events. Then once more as a tap from home once
 * the store is read (a hash change, no reload): the page's render alone.
 *
 * The app (shared/app/App.tsx) reads, for a SIM's page, that SIM's months alone: a reload waits for
 * them, not for the whole store (every SIM's events are read later, when the page is idle).
 *
 * The app makes no mark on this screen, so a script injected before the app's own (a
 * MutationObserver) notes when each appears; it fires before the next paint.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { backupToJson } from '../../shared/db/backup';
import { benchToday, makeBigBackup } from './support/big-backup';
import { appPage, restoreThroughSettings, startBrowserApp } from './support/browser-app';
import { record } from './support/figures';
import { waitForServiceWorker } from '../../test/e2e/pwa';
import { heading, int, ms, table } from './report';

export const title = 'SIM page: five years of daily events';

/** A string, not a function: tsx would wrap a function in a __name() helper the page does not have. */
const WATCH = `(() => {
  window.__simKeeperBench = {};
  new MutationObserver(() => {
    const now = performance.now();
    const seen = window.__simKeeperBench;
    if (seen.status === undefined && document.querySelector('.sim-page .status')) seen.status = now;
    if (seen.history === undefined && document.querySelector('.sim-page .history__item')) {
      seen.history = now;
      seen.entries = document.querySelectorAll('.sim-page .history__item').length;
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Seen {
  /** Set by the bench before an in-app navigation: performance.now() at the hash change. */
  start?: number;
  status: number;
  history: number;
  entries: number;
}

async function waitForHistory(page: Page): Promise<Seen> {
  await page.waitForFunction(() => (window as { __simKeeperBench?: { history?: number } }).__simKeeperBench?.history !== undefined, null, { timeout: 120_000 })
    .catch(async (error: unknown) => {
      const shown = await page.locator('main').innerText().catch(() => '?');
      throw new Error(`the SIM page's history never appeared at ${page.url()}; main shows: ${shown.slice(0, 200)}`, { cause: error });
    });
  return page.evaluate(() => (window as unknown as { __simKeeperBench: Seen }).__simKeeperBench);
}

async function timedReload(page: Page): Promise<Seen> {
  await page.reload();
  return waitForHistory(page);
}

/**
 * From the SIM page (the store read), home, then the SIM's page again by a hash change, as a tap
 * on its card does: ms from the change. No reload, so every SIM's events stay read.
 */
async function timedTap(page: Page, simHash: string): Promise<Seen> {
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('.sim-card').first().waitFor();
  await page.evaluate((hash) => {
    (window as unknown as { __simKeeperBench: Partial<Seen> }).__simKeeperBench = { start: performance.now() };
    location.hash = hash;
  }, simHash);
  const seen = await waitForHistory(page);
  return { ...seen, status: seen.status - seen.start!, history: seen.history - seen.start! };
}

export async function run(): Promise<void> {
  heading(title);
  const today = benchToday();
  const backup = makeBigBackup({ today, sims: 20, eventsPerSim: 5000, years: 5 });
  const sim = backup.sims[0]!;
  const events = backup.events.filter((event) => event.simId === sim.id);
  const days = new Set(events.map((event) => event.date)).size;
  const dir = join(tmpdir(), 'sim-keeper-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'backup-sim-page.json');
  writeFileSync(file, backupToJson(backup));

  const browser = await startBrowserApp();
  try {
    const page = await appPage(browser.context);
    await restoreThroughSettings(page, browser.app.url, file);
    await waitForServiceWorker(page);
    await browser.context.addInitScript(WATCH);
    const simHash = `#/sim/${encodeURIComponent(sim.id)}`;
    await page.goto(`${browser.app.url}${simHash}`);
    await timedReload(page); // warm-up: the first load under the worker, not counted
    const reload = await timedReload(page);
    const tap = await timedTap(page, simHash);
    for (const seen of [reload, tap]) {
      if (seen.entries !== events.length) throw new Error(`the history shows ${seen.entries} entries, the SIM has ${events.length} events`);
    }
    record('simPage', reload.history);
    record('simPageTap', tap.history);
    table(['SIM page', 'status card ms', `history (${int(events.length)} events) ms`], [
      ['reload of #/sim/<id>, from navigation start', ms(reload.status), ms(reload.history)],
      ['tap from home, store already read, from the hash change', ms(tap.status), ms(tap.history)],
    ]);
    console.log(`"${sim.label}": ${int(events.length)} events on ${int(days)} days (every day of five years), in a store of 20 SIMs and 100,000 events; today ${today}; on-disk profile, service worker in control; 1 reload after one warm-up.`);
  } finally {
    await browser.close();
  }
}
