/**
 * The app talks to no one: across a whole session (install, add a SIM, log use, settings, export)
 * every request goes to the app's own origin, the strict CSP is in place, and nothing violates it.
 */
import { describe, expect, it } from 'vitest';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi, recordRequests, waitForServiceWorker } from './pwa';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const session = useAppInChromium();

describe('privacy', () => {
  it('makes requests only to its own origin, under a strict CSP it never violates', async () => {
    const context = await newAppContext(session.browser, { today: '2026-03-29' });
    try {
      const requests = recordRequests(context);
      // Collected from the start of every document (init scripts are not subject to the page's CSP).
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const consoleErrors: string[] = [];
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(CSP);

      const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });
      await page.getByRole('button', { name: 'I used this SIM today' }).first().click();
      await page.getByRole('button', { name: 'Sent an SMS', exact: true }).first().click();
      await page.getByText('logged for today').first().waitFor();
      await page.goto(`${session.app.url}#/settings`);
      await page.getByRole('heading', { name: 'Settings' }).first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Add all to calendar (.ics)' }).first().click(),
      ]);
      await download.path();
      await page.goto(`${session.app.url}#/sim/${encodeURIComponent(simId)}`);
      await page.reload();
      await page.getByRole('heading', { name: 'Jio spare' }).first().waitFor();

      const origin = new URL(session.app.url).origin;
      const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(foreign).toEqual([]);
      expect(requests.length).toBeGreaterThan(3);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
