/**
 * Backup and restore as a user meets them: fill the app, download a backup, lose everything
 * (the browser's "clear site data"), restore the file through Settings and find the same SIMs,
 * dates and history. Restoring twice adds nothing; a damaged file is refused, naming the field,
 * in words a person reads ("Entry 13 in the file: ..."), and changes nothing; a file that is not a
 * backup says so. The CSV export has a header in words and one row per entry, every field in its
 * own column, types, kinds and vouchers in words (issue 7, items 10 and 11).
 */
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { waitForServiceWorker } from './pwa';
import type { Backup } from '../../shared/db/backup';

const TODAY = '2026-03-15';
const BACKUP_FILE = `sim-keeper-backup-${TODAY}.json`;
const CSV_FILE = `sim-keeper-history-${TODAY}.csv`;

const session = useAppInChromium();

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function openSettings(page: Page): Promise<void> {
  await page.goto(`${session.app.url}#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

async function exportBackupFile(page: Page): Promise<{ name: string; text: string }> {
  await openSettings(page);
  return downloaded(page, () => page.getByRole('button', { name: 'Download backup' }).click());
}

/** Chooses `text` as the file to restore; returns the dialog (open or not). */
async function chooseBackupFile(page: Page, text: string, name = BACKUP_FILE) {
  await openSettings(page);
  await page.locator('#backup-section input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return page.getByRole('dialog', { name: 'Restore this backup?' });
}

/** The preview's lines, one per kind of record. */
async function previewRows(page: Page): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.waitFor();
  return dialog.getByRole('listitem').allInnerTexts();
}

/** What the user sees: the home list, and each SIM's page (status, dates, timeline, history). */
async function whatTheAppShows(page: Page, simIds: string[]): Promise<{ home: string; sims: Record<string, string> }> {
  await page.goto(session.app.url);
  await page.locator('.sim-card').first().waitFor();
  const home = await page.locator('.sim-list').innerText();
  const sims: Record<string, string> = {};
  for (const id of simIds) {
    await page.goto(`${session.app.url}#/sim/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
    sims[id] = await page.locator('main').innerText();
  }
  return { home, sims };
}

/** The records of a backup, without the moment it was made. */
/** The records of a backup, less the moments it and the backup before it were made. */
function records(backup: Backup): Omit<Backup, 'exportedAt'> {
  const { exportedAt: _, ...rest } = backup;
  return { ...rest, settings: rest.settings.filter((setting) => setting.key !== 'lastBackupAt') };
}

/** The settings a restore writes: the file's, and the file itself as the last backup. */
function settingsRestoredFrom(backup: Backup): number {
  return new Set([...backup.settings.map((setting) => setting.key), 'lastBackupAt']).size;
}

describe('backup and restore', () => {
  it('brings back the same SIMs, dates and history after the site data is cleared', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      // A new user tries the sample SIMs, then logs a recharge of their own on one of them.
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      await page.getByRole('button', { name: 'Try with sample data' }).click();
      await page.locator('.sim-card').first().waitFor();
      expect(await page.locator('.sim-card').count()).toBe(3);
      await page.getByRole('link', { name: 'Airtel — bank OTP' }).click();
      await page.getByRole('heading', { level: 1, name: 'Airtel — bank OTP', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Log a recharge' }).click();
      await page.getByLabel('Date').fill('2026-03-10');
      await page.getByLabel('Top-up (talktime)').check();
      await page.getByLabel('Amount paid').fill('99');
      await page.getByLabel('Note').fill('At the corner shop, "Sharma Mobiles"');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 1, name: 'Airtel — bank OTP', exact: true }).waitFor();
      await page.getByText('Recharge of ₹99, Top-up (talktime)').waitFor();

      // The backup: a readable JSON file with everything in it.
      const file = await exportBackupFile(page);
      expect(file.name).toBe(BACKUP_FILE);
      const backup = JSON.parse(file.text) as Backup;
      expect(backup).toMatchObject({ format: 'sim-keeper-backup', version: 2 });
      // (The sample SIMs are added in the same millisecond, so their order in the file may vary.)
      expect(backup.sims.map((sim) => sim.label).sort()).toEqual(['Airtel — bank OTP', 'BSNL — parents', 'Jio — daily']);
      expect(backup.events).toHaveLength(12);
      expect(backup.events.filter((event) => event.source === 'manual')).toMatchObject([
        { type: 'recharge', date: '2026-03-10', amount: 9900, voucher: 'topup', note: 'At the corner shop, "Sharma Mobiles"' },
      ]);
      await page.getByText(/^Last backup: /).waitFor();

      const simIds = backup.sims.map((sim) => sim.id);
      const before = await whatTheAppShows(page, simIds);
      expect(before.home).toContain('Airtel — bank OTP');
      const airtelId = backup.sims.find((sim) => sim.label === 'Airtel — bank OTP')!.id;
      expect(before.sims[airtelId]).toContain('Recharge of ₹99, Top-up (talktime)');

      // The CSV: a header in words, then one row per entry, oldest first, amounts in rupees, no numbers;
      // a byte order mark first, so that a spreadsheet reads ₹ and — as they are.
      await openSettings(page);
      const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download history as CSV' }).click());
      expect(csv.name).toBe(CSV_FILE);
      expect(csv.text.endsWith('\r\n')).toBe(true);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      const lines = csv.text.slice(1, -2).split('\r\n');
      expect(lines[0]).toBe('SIM,Operator,Date,What happened,Detail,Amount (₹),Talktime added (₹),Validity (days),Valid until,Months,Paid until,Source,Note');
      expect(lines).toHaveLength(1 + backup.events.length);
      expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(backup.events.map((event) => event.date).sort());
      expect(lines).toContain('Airtel — bank OTP,Airtel,2026-03-10,Recharge,Top-up (talktime),99.00,,,,,,logged by you,"At the corner shop, ""Sharma Mobiles"""');
      for (const sim of backup.sims) expect(csv.text).not.toContain(sim.number);

      // The user clears the site's data in the browser: database, service worker, caches, all.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(session.app.url).origin, storageTypes: 'all' });
      await cdp.detach();
      expect(await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).length,
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: (await caches.keys()).length,
      }))).toEqual({ databases: 0, serviceWorkers: 0, caches: 0 });
      // Opened again: the first run, as on a new phone.
      await page.goto(session.app.url);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Keep every number alive' }).waitFor();
      await page.goto(`${session.app.url}#/sim/${encodeURIComponent(simIds[0]!)}`);
      await page.getByText('This SIM is not here: it may have been deleted.').waitFor();
      await openSettings(page);
      await page.getByText('No backup yet.').waitFor();

      // Restore: the preview says what will be added, and nothing is written before Restore.
      const dialog = await chooseBackupFile(page, file.text);
      expect(await previewRows(page)).toEqual([
        'SIMs: 3 new · 0 already here, updated from the file · 0 already here, no change',
        'Entries: 12 new · 0 already here, updated from the file · 0 already here, no change',
        `Reminders: ${backup.reminders.length} new · 0 already here, updated from the file · 0 already here, no change`,
        `Settings: ${settingsRestoredFrom(backup)} new · 0 already here, updated from the file · 0 already here, no change`,
      ]);
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await page.getByRole('status').getByText('Backup restored').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      // The restored file counts as a backup: no "never backed up" nudge.
      expect(await page.getByText('No backup yet.').count()).toBe(0);

      // The same SIMs, the same dates, the same history; and the same records underneath.
      const after = await whatTheAppShows(page, simIds);
      expect(after).toEqual(before);
      const again = JSON.parse((await exportBackupFile(page)).text) as Backup;
      expect(records(again)).toEqual(records(backup));

      // The same file again: nothing to add, nothing doubled.
      await chooseBackupFile(page, file.text);
      expect(await previewRows(page)).toEqual([
        'SIMs: 0 new · 0 already here, updated from the file · 3 already here, no change',
        'Entries: 0 new · 0 already here, updated from the file · 12 already here, no change',
        `Reminders: 0 new · 0 already here, updated from the file · ${backup.reminders.length} already here, no change`,
        `Settings: 0 new · 0 already here, updated from the file · ${settingsRestoredFrom(backup)} already here, no change`,
      ]);
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await whatTheAppShows(page, simIds)).toEqual(before);

      // A damaged file (a renamed SIM, and one entry with a negative amount) is refused whole.
      const damaged = JSON.parse(file.text) as Backup & { events: Record<string, unknown>[] };
      damaged.sims[0]!.label = 'Renamed by a bad file';
      const index = damaged.events.findIndex((event) => event.source === 'manual');
      damaged.events[index]!.amount = -9900;
      await chooseBackupFile(page, JSON.stringify(damaged, null, 2));
      await page.getByRole('alert').getByText(`This file cannot be restored: Entry ${index + 1} in the file: Enter an amount more than zero.`).waitFor();
      expect(await dialog.isVisible()).toBe(false);
      expect(await whatTheAppShows(page, simIds)).toEqual(before);

      // A file that is not a backup at all (some other app's JSON) says just that, in words.
      await chooseBackupFile(page, JSON.stringify({ format: 'another-app-export', items: [] }), 'export.json');
      const alert = page.locator('#backup-section [role="alert"]').getByText('This is not a SIM Keeper backup file.', { exact: true });
      await alert.waitFor();
      expect(await dialog.isVisible()).toBe(false);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
