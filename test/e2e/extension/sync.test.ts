/**
 * The sync between the PWA (served on localhost) and the extension in the same Chromium: an
 * event added on either side appears on the other, and the extension refuses a message of the
 * wrong shape, records that do not validate, and pages of any other origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltApp, type ServedApp } from '../browser';
import { addSimViaUi } from '../pwa';
import { EXTENSION_ID } from '../../../shared/sync/extension-id';
import { dayFromToday, EXTENSION_ORIGIN, launchWithExtension, openExtensionPage, storedRecords, syncNowInPwa, type LoadedExtension } from './harness';

/** Sends `message` to the extension from `page` as a web page can, and returns the answer or Chrome's refusal. */
function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(([id, body]) => new Promise((resolve) => {
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: Function; lastError?: { message?: string } } } }).chrome?.runtime;
    if (typeof runtime?.sendMessage !== 'function') { resolve('no chrome.runtime.sendMessage on this page'); return; }
    runtime.sendMessage(id, body, (answer: unknown) => resolve(runtime.lastError ? `refused: ${runtime.lastError.message}` : answer));
  }), [EXTENSION_ID, message] as const);
}

describe('the sync between the PWA and the extension', () => {
  let loaded: LoadedExtension;
  let app: ServedApp;
  let pwa: Page;
  let extension: Page;
  let simId: string;
  beforeAll(async () => {
    [loaded, app] = await Promise.all([launchWithExtension(), serveBuiltApp()]);
    pwa = await loaded.context.newPage();
    extension = await openExtensionPage(loaded.context, 'app.html');
  });
  afterAll(async () => {
    await loaded?.close();
    await app?.close();
  });

  it('brings a SIM and an event added in the PWA into the extension', async () => {
    simId = await addSimViaUi(pwa, app, { label: "Mom's Jio", number: '9876543210', since: dayFromToday(-40) });
    await pwa.goto(app.url);
    await pwa.getByRole('button', { name: 'I used this SIM today' }).click();
    await pwa.getByRole('button', { name: 'Sent an SMS' }).click();
    await syncNowInPwa(pwa, app);
    expect((await storedRecords(extension, 'sims')).map((s) => s.id)).toEqual([simId]);
    const events = await storedRecords(extension, 'events');
    expect(events.filter((e) => e.simId === simId && e.type === 'activity' && e.kind === 'sms_out')).toHaveLength(1);
  });

  it('brings an event added in the extension into the PWA, and shows when they last synced', async () => {
    const popup = await openExtensionPage(loaded.context, 'popup.html');
    await popup.getByRole('button', { name: 'I used this SIM today' }).click();
    await popup.getByRole('button', { name: 'Made a call' }).click();
    await expect.poll(async () => (await storedRecords(popup, 'events')).filter((e) => e.kind === 'call_out').length).toBe(1);
    await syncNowInPwa(pwa, app);
    const events = await storedRecords(pwa, 'events');
    expect(events.filter((e) => e.simId === simId && e.type === 'activity' && e.kind === 'call_out')).toHaveLength(1);
    expect(events.filter((e) => e.simId === simId && e.kind === 'sms_out')).toHaveLength(1); // nothing doubled

    await pwa.locator('[data-extension-sync]').scrollIntoViewIfNeeded();
    await pwa.screenshot({ path: '/tmp/sim-keeper-pwa-settings-synced.png' });
    await extension.goto(`${EXTENSION_ORIGIN}app.html#/settings`);
    await expect.poll(() => extension.locator('[data-sync-status]').textContent()).toMatch(/Last synced/);
    await extension.locator('[data-sync-status]').scrollIntoViewIfNeeded();
    await extension.screenshot({ path: '/tmp/sim-keeper-app-settings-synced.png' });
  });

  it('refuses a message of the wrong shape and records that do not validate, and writes nothing', async () => {
    await pwa.goto(app.url);
    expect(await sendFromPage(pwa, { kind: 'sim-keeper/sync', version: 1 })).toEqual({ ok: false, error: 'not a sync request' });
    expect(await sendFromPage(pwa, 'hello')).toEqual({ ok: false, error: 'not a sync request' });
    const bad = { kind: 'sim-keeper/sync', version: 1, snapshot: { sims: [{ id: 'x', label: 'Forged' }], events: [], reminders: [] } };
    expect(await sendFromPage(pwa, bad)).toMatchObject({ ok: false });
    expect((await storedRecords(extension, 'sims')).map((s) => s.id)).toEqual([simId]);
  });

  it('is out of reach of a page from any other origin', async () => {
    const other = await loaded.context.newPage();
    await other.goto(app.url.replace('localhost', '127.0.0.1'));
    expect(await sendFromPage(other, { kind: 'sim-keeper/sync', version: 1, snapshot: { sims: [], events: [], reminders: [] } }))
      .toBe('no chrome.runtime.sendMessage on this page');
    await other.close();
  });
});
