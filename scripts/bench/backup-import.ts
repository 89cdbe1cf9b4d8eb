/**
 * Bench section: importing a 100,000-event backup (20 SIMs x 5,000 events over five years; see
 * support/big-backup.ts), (a) with shared/db's own functions in node on fake-indexeddb, and (b) in
 * real Chromium IndexedDB (an on-disk profile) through the built app's Settings screen, timed by the
 * app's marks. The file is format 2, as the v3 store exports it.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSimKeeperDb } from '../../shared/db';
import { applyImport, parseBackup, previewImport } from '../../shared/db/backup';
import { benchToday, bigBackupJson } from './support/big-backup';
import { appPage, restoreThroughSettings, startBrowserApp } from './support/browser-app';
import { record } from './support/figures';
import { heading, int, ms, table } from './report';

export const title = 'backup: import 100,000 events';

const EVENTS = 100_000;

async function timed<T>(fn: () => Promise<T> | T): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  heading(title);
  const today = benchToday();
  const json = bigBackupJson({ today, sims: 20, eventsPerSim: EVENTS / 20 });
  const bytes = Buffer.byteLength(json);
  console.log(`file: ${(bytes / 1e6).toFixed(1)} MB (${int(bytes)} bytes), 20 SIMs x 5,000 events, dates up to ${today}`);
  const row = (label: string, time: number) => [label, ms(time), int(EVENTS / (time / 1000))];
  const rows: (string | number)[][] = [];

  // (a) node + fake-indexeddb: an empty store each time, so every event is written.
  const db = openSimKeeperDb(`bench-import-${Date.now()}`);
  rows.push(row('node: parseBackup (JSON.parse + validation)', await timed(() => parseBackup(json, today))));
  rows.push(row('node: previewImport, empty store', await timed(() => previewImport(db, json, today))));
  rows.push(row('node: applyImport after its preview, empty store', await timed(() => applyImport(db, json, today))));
  rows.push(row('node: applyImport again (all unchanged)', await timed(() => applyImport(db, json, today))));
  db.close();

  // (b) real Chromium, on-disk profile: the Settings screen's restore, with the file from disk.
  const dir = join(tmpdir(), 'sim-keeper-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'backup-100k.json');
  writeFileSync(file, json);
  const browser = await startBrowserApp();
  try {
    const page = await appPage(browser.context);
    const times = await restoreThroughSettings(page, browser.app.url, file);
    record('restore', times.importMs);
    rows.push(row('chromium: choose file -> preview shown', times.previewMs));
    rows.push(row('chromium: applyImport (one IDB transaction)', times.writeMs));
    rows.push(row('chromium: Restore -> written + shown', times.importMs));
    rows.push(row('chromium: Restore -> toast seen by bench', times.clickToToastMs));
  } finally {
    await browser.close();
  }
  table(['step', 'ms', 'events/s'], rows);
  console.log('node rows: fake-indexeddb, in node (an in-memory stand-in, not a browser\'s IndexedDB); each includes parseBackup but the apply after its preview, which writes what the preview parsed.');
  console.log('chromium rows: the built app in Debian Chromium, real IndexedDB in an empty on-disk profile; marks sim-keeper:import-preview, sim-keeper:import.');
}
