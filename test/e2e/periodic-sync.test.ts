/**
 * The daily background check: a 'sim-keeper-daily' periodic sync event wakes the service worker,
 * which shows what is due with the app closed. Headless Chromium never fires the event on its own
 * (it needs an installed app and site engagement), so the test fires it through DevTools
 * (ServiceWorker.dispatchPeriodicSyncEvent), as the DevTools "Application" panel does.
 */
import { describe, expect, it } from 'vitest';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi, shownNotifications, waitForServiceWorker } from './pwa';
import { addDays } from '../../shared/rules/dates';

const session = useAppInChromium();

/** Today's date in India, where the test's pages run. */
function todayInIndia(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe('periodic sync', () => {
  it('shows the due reminder when the daily sync fires, with no page asking', async () => {
    // The worker reads the real clock (Playwright's fake clock reaches pages only), so the SIM is set
    // up against the real date: the non-usage period ends in two days, due on either side of midnight.
    await withAppPage(session.browser, {}, async (page, context) => {
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      const simId = await addSimViaUi(page, session.app, { label: 'BSNL village', number: '9444412345', since: addDays(todayInIndia(), -88) });
      await context.grantPermissions(['notifications'], { origin: session.app.url.replace(/\/$/, '') });
      expect(await shownNotifications(page)).toEqual([]);

      const cdp = await context.newCDPSession(page);
      const registrations: { registrationId: string; scopeURL: string }[] = [];
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: typeof registrations }) => registrations.push(...event.registrations));
      await cdp.send('ServiceWorker.enable');
      for (let i = 0; i < 40 && registrations.length === 0; i += 1) await page.waitForTimeout(100);
      const registration = registrations.find((r) => r.scopeURL === session.app.url)!;
      await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin: new URL(session.app.url).origin, registrationId: registration.registrationId, tag: 'sim-keeper-daily' });

      let notes: Awaited<ReturnType<typeof shownNotifications>> = [];
      for (let i = 0; i < 80 && !notes.some((n) => n.tag.startsWith(`${simId}:`)); i += 1) {
        await page.waitForTimeout(250);
        notes = await shownNotifications(page);
      }
      const mine = notes.filter((n) => n.tag.startsWith(`${simId}:non_usage_ends:`));
      expect(mine).toHaveLength(1);
      expect(mine[0]!.title).toMatch(/^BSNL village: use this SIM — non-usage period ends (in \d days|tomorrow)$/);
      expect(JSON.stringify(notes)).not.toContain('9444412345');
    });
  });
});
