/**
 * Sharing an operator's SMS to the installed PWA (issue 9, section 2): the manifest's share_target
 * opens './?title=…&text=…&url=…', which the service worker answers offline; the app takes the text
 * out of the address and the history, shows what it understood on the confirm screen, and stores
 * nothing until the user says yes. Sharing the same message again is pointed out, not saved twice.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi, waitForServiceWorker } from './pwa';
import { storedEvents } from './stored-events';

const session = useAppInChromium();
const TODAY = '2026-08-02';
const RECHARGE = 'Recharge of Rs.299 for Jio Number 9876543210 is successful. Plan: 2GB/day, Unlimited Voice, 100 SMS/day valid till 30-08-2026. Transaction ID: BR000ABC1234';
const ANR_HINDI = 'प्रिय ग्राहक, आपका नंबर चालू रखने के लिए आपके मुख्य बैलेंस से ₹20 काटे गए हैं। शेष राशि: ₹25.50';

const shareUrl = (text: string) => `${session.app.url}?${new URLSearchParams({ title: '', text, url: '' })}`;

/** Opens the app as Android does for a share, and checks the service worker answered. */
async function share(page: Page, text: string): Promise<void> {
  const opened = await page.goto(shareUrl(text));
  expect(opened?.fromServiceWorker()).toBe(true);
}

describe('sharing an SMS to the app', () => {
  it('opens offline on the confirm screen with what the SMS says, saves only on yes, and not twice', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    try {
      const page = await context.newPage();
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });

      await context.setOffline(true);
      const entriesBefore = await page.evaluate(() => history.length);
      await share(page, RECHARGE);
      await page.getByRole('heading', { level: 1, name: 'Operator SMS' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'A recharge' }).waitFor();
      // The text left the address, and its history entry was replaced, not followed by another one.
      expect(new URL(page.url()).search).toBe('');
      expect(new URL(page.url()).hash).toBe('#/sms');
      expect(await page.evaluate(() => history.length)).toBe(entriesBefore + 1);
      await page.getByText('Transaction ID: BR000ABC1234').waitFor();

      expect(await page.locator('#sms-0-sim').inputValue()).toBe(simId);
      await page.getByText('The message names').waitFor();
      expect(await page.locator('#sms-0-0-date').inputValue()).toBe(TODAY);
      expect(await page.locator('#sms-0-0-amount').inputValue()).toBe('299');
      expect(await page.locator('#sms-0-0-validityEnds').inputValue()).toBe('2026-08-30');
      expect(await page.locator('#sms-0-0-voucher').inputValue()).toBe('plan');
      await page.screenshot({ path: '/tmp/sms-share-en.png', fullPage: true });
      // Shown is not stored.
      expect(await storedEvents(page)).toEqual([]);

      // The user corrects the voucher and keeps the text, then says yes.
      await page.locator('#sms-0-0-voucher').selectOption('combo');
      await page.getByLabel('Keep each message’s text as the entry’s note').check();
      await page.getByRole('button', { name: 'Save the ticked entries (1)' }).click();
      await page.waitForURL(/#\/sim\/[^/?]+$/);
      await page.getByText('Saved from SMS: 1').waitFor();
      expect(await storedEvents(page)).toEqual([expect.objectContaining({
        simId, type: 'recharge', date: TODAY, amount: 29900, voucher: 'combo', validityEnds: '2026-08-30', source: 'sms', note: RECHARGE,
      })]);

      // The same SMS shared again: pointed out as already logged, and nothing can be saved.
      await share(page, RECHARGE);
      await page.getByText('Already logged (same transaction id): it will not be saved twice.').waitFor();
      expect(await page.getByRole('button', { name: 'Nothing to save' }).isDisabled()).toBe(true);
      expect(await storedEvents(page)).toHaveLength(1);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });

  it('speaks Hindi to a Hindi user, and leaves the store untouched when the user cancels', async () => {
    const context = await newAppContext(session.browser, { today: TODAY, locale: 'hi-IN' });
    try {
      const page = await context.newPage();
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const simId = await addSimViaUi(page, session.app, { label: 'जियो', number: '9876543210', since: '2026-01-01' }, 'सेव करें');

      await context.setOffline(true);
      await share(page, ANR_HINDI);
      await page.getByRole('heading', { level: 1, name: 'ऑपरेटर के SMS' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'ANR कटौती' }).waitFor();
      expect(await page.locator('#sms-0-0-amount').inputValue()).toBe('20');
      expect(await page.locator('#sms-0-1-amount').inputValue()).toBe('25.50');
      // The message names neither number nor operator: the user picks the SIM, nothing is guessed.
      expect(await page.locator('#sms-0-sim').inputValue()).toBe('');
      await page.getByText('वह SIM चुनें जिसके बारे में यह मैसेज है।').waitFor();
      await page.locator('#sms-0-sim').selectOption(simId);
      await page.getByRole('button', { name: 'चुनी हुई एंट्री सेव करें (2)' }).waitFor();
      await page.screenshot({ path: '/tmp/sms-share-hi.png', fullPage: true });

      await page.getByRole('link', { name: 'रद्द करें' }).click();
      await page.waitForURL((url) => url.hash === '#/');
      expect(await storedEvents(page)).toEqual([]);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
