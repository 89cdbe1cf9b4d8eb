/**
 * Bench section: opening one SIM's page in real Chromium (360x800, on-disk profile) in the same
 * store as home-first-render (20 SIMs x 5 years, 100,000 events, restored through Settings): the
 * SIM measured has an event on every day of five years (5,000 in all). One warm-up reload and one
 * timed reload of #/sim/<id>, from navigation start to (a) the status card in the document (drawn
 * from the SIM's summary) and (b) the history list with every one of the SIM's events.
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
  const seen = {};
  window.__simKeeperBench = seen;
  new MutationObserver(() => {
    const now = performance.now();
    if (seen.status === undefined && document.querySelector('.sim-page .status')) seen.status = now;
    if (seen.history === undefined && document.querySelector('.sim-page .history__item')) {
      seen.history = now;
      seen.entries = document.querySelectorAll('.sim-page .history__item').length;
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Seen {
  status: number;
  history: number;
  entries: number;
}

async function timedReload(page: Page): Promise<Seen> {
  await page.reload();
  await page.waitForFunction(() => (window as { __simKeeperBench?: { history?: number } }).__simKeeperBench?.history !== undefined, null, { timeout: 120_000 })
    .catch(async (error: unknown) => {
      const shown = await page.locator('main').innerText().catch(() => '?');
      throw new Error(`the SIM page's history never appeared at ${page.url()}; main shows: ${shown.slice(0, 200)}`, { cause: error });
    });
  return page.evaluate(() => (window as unknown as { __simKeeperBench: Seen }).__simKeeperBench);
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
    await page.goto(`${browser.app.url}#/sim/${encodeURIComponent(sim.id)}`);
    await timedReload(page); // warm-up: the first load under the worker, not counted
    const seen = await timedReload(page);
    if (seen.entries !== events.length) {
      throw new Error(`the history shows ${seen.entries} entries, the SIM has ${events.length} events`);
    }
    record('simPage', seen.history);
    table(['from navigation start to', 'ms'], [
      ['status card (from the summary)', ms(seen.status)],
      [`history with all ${int(seen.entries)} events`, ms(seen.history)],
    ]);
    console.log(`"${sim.label}": ${int(events.length)} events on ${int(days)} days (every day of five years), in a store of 20 SIMs and 100,000 events; today ${today}; on-disk profile, service worker in control; 1 reload after one warm-up.`);
  } finally {
    await browser.close();
  }
}
