/**
 * Issue 10, section 3, end to end: a SIM with a known balance whose operator closed its services.
 * The user records the closure through its form; the SIM's page and its home card show the refund
 * due and why, citing TRAI's direction of 19 January 2018 (not one of regs 11-15); "I asked for it"
 * and two refunds (a partial one, then the rest) take it to refunded in full; and while anything is
 * outstanding the service worker raises the refund reminder instead of the non-usage ones. In
 * English, and once in Hindi.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAppContext, withAppPage } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi, shownNotifications, waitForServiceWorker } from './pwa';
import { eventually } from './eventually';

const session = useAppInChromium();
const TODAY = '2026-03-15';
/** More than 30 days before today: the first refund reminder fell due on 12 Mar. */
const CLOSED_ON = '2026-02-10';
const NUMBER = '9876543210';

/** A Jio SIM since 1 Jan with ₹100 read on 10 Jan: that is what the operator owes when it closes on 10 Feb. */
async function simWithBalance(page: Page, words: { date: string; balance: string; save: string }): Promise<string> {
  await page.goto(session.app.url);
  const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: NUMBER, since: '2026-01-01' });
  await page.goto(`${session.app.url}#/sim/${simId}/log?type=balance`);
  await page.getByLabel(words.date, { exact: true }).fill('2026-01-10');
  await page.getByLabel(words.balance, { exact: true }).fill('100');
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.waitForURL(/#\/sim\/[^/?]+$/);
  return simId;
}

/** Records the closure from the SIM's page through its form; the SIM is ticked by default. */
async function recordClosure(page: Page, simId: string, words: { link: string; date: string; save: string }): Promise<void> {
  await page.goto(`${session.app.url}#/sim/${simId}`);
  await page.getByRole('link', { name: words.link }).click();
  await page.waitForURL(/\/closed$/);
  await page.getByLabel(words.date).fill(CLOSED_ON);
  expect(await page.getByRole('checkbox').isChecked()).toBe(true);
  await page.getByRole('button', { name: words.save }).click();
  await page.waitForURL(new RegExp(`#/sim/${simId}$`));
}

async function refund(page: Page, amount: string | null, words: { received: string; amount: string; save: string }): Promise<void> {
  const card = page.locator('section.closure');
  await card.getByRole('button', { name: words.received }).click();
  if (amount !== null) await card.getByLabel(words.amount).fill(amount);
  await card.getByRole('button', { name: words.save, exact: true }).click();
  await card.getByRole('button', { name: words.save, exact: true }).waitFor({ state: 'detached' });
}

describe('an operator that closed its services', () => {
  it('shows the refund due, tracks the claim through a partial and a full refund, and reminds while it is outstanding', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    await context.grantPermissions(['notifications'], { origin: session.app.url.replace(/\/$/, '') });
    try {
      const page = await context.newPage();
      await page.goto(session.app.url);
      await waitForServiceWorker(page);
      const simId = await simWithBalance(page, { date: 'Date', balance: 'Balance', save: 'Save' });
      await recordClosure(page, simId, { link: 'Operator closed its services?', date: 'Date the services closed', save: 'Record the closure' });

      const card = page.locator('section.closure');
      await card.getByRole('heading', { name: 'Operator closed — refund due ₹100' }).waitFor();
      const text = (await card.textContent())!;
      expect(text).toContain('Due: ₹100, your balance on 10 Feb, the day it closed, from your balance check of 10 Jan.');
      expect(text).toContain('This is not one of regs 11–15');
      expect(text).toContain('TRAI directed them (on 19 January 2018)');
      expect(await page.locator('.status .badge').textContent()).toBe('Operator closed');
      // Nothing keeps the number any more: no countdown, no "I used this SIM today".
      expect(await page.locator('.status .due').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'I used this SIM today' }).count()).toBe(0);
      await page.screenshot({ path: '/tmp/shutdown-sim-en.png', fullPage: true });

      // The refund reminder, not the non-usage ones, once the app is opened again.
      await page.goto(session.app.url);
      const notes = await eventually(() => shownNotifications(page), (list) => list.some((n) => n.tag.startsWith(`${simId}:refund_outstanding:`)));
      expect(notes.filter((n) => n.tag.startsWith(`${simId}:`))).toEqual([{
        title: 'Jio spare: refund of ₹100 from Jio still outstanding',
        body: 'Jio closed its services on 10 Feb. TRAI directed refunds of unused balances and security deposits (19 January 2018): ask for it, and record it here when it comes.',
        tag: `${simId}:refund_outstanding:2026-03-12`,
        data: { url: `./#/sim/${simId}`, simId },
      }]);
      for (const note of notes) expect(JSON.stringify(note)).not.toContain(NUMBER);

      // Home's card says it too.
      const homeCard = page.locator('article.sim-card', { hasText: 'Jio spare' });
      expect(await homeCard.locator('.sim-card__closure').textContent()).toBe('Operator closed — refund due ₹100');
      await page.screenshot({ path: '/tmp/shutdown-home-en.png', fullPage: true });

      await homeCard.getByRole('link', { name: 'Operator closed — refund due ₹100' }).click();
      await card.getByRole('button', { name: 'I asked for it' }).click();
      await card.getByText('You asked for it on 15 Mar.').waitFor();
      expect(await card.getByRole('button', { name: 'I asked for it' }).count()).toBe(0);

      const words = { received: 'Refund received', amount: 'Amount refunded', save: 'Save' };
      await refund(page, '40', words);
      await card.getByRole('heading', { name: 'Operator closed — refund due ₹60' }).waitFor();
      expect(await card.textContent()).toContain('₹40 refunded so far; ₹60 still due.');
      // The form offers what is still due.
      await card.getByRole('button', { name: 'Refund received' }).click();
      expect(await card.getByLabel('Amount refunded').inputValue()).toBe('60');
      await card.getByRole('button', { name: 'Cancel' }).click();
      await refund(page, null, words);
      await card.getByRole('heading', { name: 'Operator closed — refund of ₹100 received' }).waitFor();
      expect(await card.textContent()).toContain('Refunded in full on 15 Mar.');
      expect(await card.getByRole('button').count()).toBe(0);
      await page.screenshot({ path: '/tmp/shutdown-refunded-en.png', fullPage: true });

      // The history tells each step.
      const history = (await page.locator('section', { has: page.getByRole('heading', { name: 'History' }) }).textContent())!;
      for (const line of ['Operator closed its services', 'Asked the operator for the refund', 'Refund of ₹40 received', 'Refund of ₹60 received']) {
        expect(history).toContain(line);
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('says it all in Hindi', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      const simId = await simWithBalance(page, { date: 'Date', balance: 'Balance', save: 'Save' });
      await page.goto(`${session.app.url}#/settings`);
      await page.getByLabel('हिंदी').check();
      await recordClosure(page, simId, { link: 'ऑपरेटर ने सेवाएँ बंद कर दीं?', date: 'सेवाएँ बंद होने की तारीख़', save: 'बंद होना दर्ज करें' });

      const card = page.locator('section.closure');
      await card.getByRole('heading', { name: 'ऑपरेटर की सेवा बंद — ₹100 का रिफ़ंड बाक़ी' }).waitFor();
      expect(await card.textContent()).toContain('यह विनियम 11–15 में से कोई नहीं है');
      const words = { received: 'रिफ़ंड मिला', amount: 'रिफ़ंड की रक़म', save: 'सेव करें' };
      await refund(page, '40', words);
      await card.getByRole('heading', { name: 'ऑपरेटर की सेवा बंद — ₹60 का रिफ़ंड बाक़ी' }).waitFor();
      expect(await card.textContent()).toContain('अब तक ₹40 का रिफ़ंड मिला; ₹60 अभी बाक़ी।');
      await page.screenshot({ path: '/tmp/shutdown-sim-hi.png', fullPage: true });
      await refund(page, null, words);
      await card.getByRole('heading', { name: 'ऑपरेटर की सेवा बंद — ₹100 का रिफ़ंड मिल गया' }).waitFor();
    });
  }, 120_000);
});
