/**
 * Issue 11: on a recharge path that is not a confirmation, the content script does no work once it
 * knows: no message to the background, nothing added to the page, and no observer or timer left
 * calling into it while the page goes on changing. Measured in Chromium with the built extension
 * (content-script-probe.ts says how each figure is seen from outside the isolated world). The
 * pending page is the contrast that shows the probe can see a script that still watches: a test
 * that could not fail would pass there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './harness';
import { serveSites, type SiteServer } from './recharge-sites-harness';
import { PROBE_PAGES, probeContentScript, probeServerPages } from './content-script-probe';
import { waitForPrompt } from '../sites-harness';
import { readFileSync } from 'node:fs';

let server: SiteServer;
let loaded: LoadedExtension;

beforeAll(async () => {
  server = await serveSites(probeServerPages());
  loaded = await launchWithExtension({ args: server.chromiumArgs(['www.jio.com']), ignoreHTTPSErrors: true });
}, 60_000);
afterAll(async () => {
  await loaded?.close();
  await server?.close();
});

/** Nothing sent, nothing added, and not one call into the script over 2 s of a changing page. */
const IDLE = { lateCalls: 0, messages: 0, nodesAdded: 0, shadowHosts: 0 };

describe('the content script on a recharge path that is not a confirmation', () => {
  it('stops at once on a failed payment: that status is final', async () => {
    const cost = await probeContentScript(loaded, PROBE_PAGES.failed.url, { loadMs: 1_000, lateMs: 2_000 });
    expect(cost).toMatchObject(IDLE);
  });

  it('stops on a plan list that never stands still, once its 15 s to settle are over', async () => {
    const cost = await probeContentScript(loaded, PROBE_PAGES.plans.url, { loadMs: 15_500, lateMs: 2_000 });
    expect(cost).toMatchObject(IDLE);
  });

  it('still watches a pending payment, which may turn into a confirmation in place (the probe sees that)', async () => {
    const cost = await probeContentScript(loaded, PROBE_PAGES.pending.url, { loadMs: 1_000, lateMs: 2_000 });
    expect(cost.lateCalls).toBeGreaterThan(0);
    expect(cost).toMatchObject({ messages: 0, nodesAdded: 0, shadowHosts: 0 });
  });

  it('asks on the confirmation page: one message, one host of a closed shadow root', async () => {
    const cost = await probeContentScript(loaded, PROBE_PAGES.confirmation.url, { loadMs: 2_000, lateMs: 500 });
    expect(cost).toMatchObject({ lateCalls: 0, messages: 1, nodesAdded: 1, shadowHosts: 1 });
  });
});

describe('the content script and a site’s own router', () => {
  it('looks again when the page moves to a confirmation without loading (pushState), long after it stopped', async () => {
    const page = await loaded.context.newPage();
    await page.goto(PROBE_PAGES.plans.url);
    await page.waitForTimeout(15_500); // past the settling: the script has stopped watching
    const status = readFileSync(new URL('../../fixtures/sites/jio.html', import.meta.url), 'utf8').split(/<main[^>]*>|<\/main>/)[1]!;
    await page.evaluate((html) => {
      history.pushState({}, '', '/selfcare/recharge/mobility/payment-status?routed');
      const main = document.createElement('main');
      main.className = 'payment-status';
      main.innerHTML = html;
      document.getElementById('app')!.replaceChildren(main);
    }, status);
    await waitForPrompt(page, 'A ₹299 recharge for …3210: this number is not in SIM Keeper yet.');
    await page.close();
  });
});
