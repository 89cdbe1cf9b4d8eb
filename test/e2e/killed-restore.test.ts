/**
 * Issue 11, durability: the power goes (the browser is killed, SIGKILL, on-disk profile) at eight
 * moments spread over a large restore. Each time, the browser opened again on the same profile
 * finds the store as it was before the restore or wholly restored, never half-written, and the
 * app opens on it. The moments are fractions of the restore's own duration, measured first on
 * this machine, so they fall inside it however fast or slow the machine is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveBuiltApp, type ServedApp } from './browser';
import { launchKillableChromium, type KillableChromium } from './killable-chromium';
import { addSimViaUi } from './pwa';
import { storedCounts } from './stored-events';
import { benchToday, bigBackupJson } from '../../scripts/bench/support/big-backup';

const TODAY = benchToday();
const SIMS = 20;
const EVENTS_PER_SIM = 500;
const file = Buffer.from(bigBackupJson({ today: TODAY, sims: SIMS, eventsPerSim: EVENTS_PER_SIM }));
const BEFORE = { sims: 1, events: 0 };
const FULL = { sims: SIMS + 1, events: SIMS * EVENTS_PER_SIM };

let app: ServedApp;
beforeAll(async () => {
  app = await serveBuiltApp();
});
afterAll(async () => {
  await app?.close();
});

async function openApp(chromium: KillableChromium): Promise<Page> {
  const page = await chromium.browser.contexts()[0]!.newPage();
  await page.goto(app.url);
  return page;
}

/** A store with one SIM, a big backup chosen and its preview shown: Restore is one click away. */
async function readyToRestore(chromium: KillableChromium): Promise<Page> {
  const page = await openApp(chromium);
  await addSimViaUi(page, app, { label: 'Already here', number: '9876543210', since: '2026-01-01' });
  expect(await storedCounts(page)).toEqual(BEFORE);
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.locator('#backup-section input[type="file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: file });
  await page.getByRole('dialog', { name: 'Restore this backup?' }).waitFor({ timeout: 60_000 });
  return page;
}

const clickRestore = (page: Page) => page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();

async function withProfile<T>(run: (profile: string) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'sim-keeper-killed-'));
  try {
    return await run(profile);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** How long Restore takes here, from the click to "Backup restored". */
async function restoreDuration(): Promise<number> {
  return withProfile(async (profile) => {
    const chromium = await launchKillableChromium(profile);
    try {
      const page = await readyToRestore(chromium);
      const started = Date.now();
      await clickRestore(page);
      await page.getByText('Backup restored').waitFor({ timeout: 120_000 });
      return Date.now() - started;
    } finally {
      await chromium.kill();
    }
  });
}

describe('a restore cut by a killed browser', () => {
  it('is never half-written, at eight moments across it', async () => {
    const duration = await restoreDuration();
    const seen: string[] = [];
    for (let moment = 1; moment <= 8; moment += 1) {
      const delay = Math.round((duration * moment) / 9);
      await withProfile(async (profile) => {
        const first = await launchKillableChromium(profile);
        const page = await readyToRestore(first);
        await clickRestore(page);
        await page.waitForTimeout(delay);
        await first.kill();

        const second = await launchKillableChromium(profile);
        try {
          const reopened = await openApp(second);
          const after = await storedCounts(reopened);
          expect([BEFORE, FULL], `killed ${delay} ms into a ${duration} ms restore`).toContainEqual(after);
          seen.push(after.events === 0 ? 'before' : 'restored');
          await reopened.getByText('Already here').first().waitFor();
        } finally {
          await second.kill();
        }
      });
    }
    // Either outcome is whole; but a kill that never landed inside the restore would prove nothing.
    expect(seen, 'no kill landed before the restore committed').toContain('before');
  }, 600_000);
});
