/**
 * Issue 10 end to end: a history logged through the forms (a deduction with no SMS, then a
 * deactivation four days after the last use) shows as findings on the SIM's page, each leading to a
 * complaint ready to send and to the rights page; the complaint prints alone on one page; all of it
 * in English and in Hindi.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';

const session = useAppInChromium();
const TODAY = '2026-03-15';
const NUMBER = '9876543210';

async function logEvent(page: Page, simId: string, type: string, date: string, fill: Record<string, string> = {}, tick: string[] = []): Promise<void> {
  await page.goto(`${session.app.url}#/sim/${simId}/log?type=${type}`);
  await page.getByLabel('Date').fill(date);
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
  for (const label of tick) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/#\/sim\/[^/?]+$/);
}

/** A SIM last used on 1 Mar with ₹100 on it, ₹20 taken on 4 Mar with no SMS, deactivated on 5 Mar. */
async function wrongedSim(page: Page): Promise<string> {
  await page.goto(session.app.url);
  const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: NUMBER, since: '2026-03-01' });
  await logEvent(page, simId, 'balance', '2026-03-01', { Balance: '100' });
  await logEvent(page, simId, 'anr_deduction', '2026-03-04', { 'Amount deducted': '20' }, ['No SMS came for this deduction']);
  await logEvent(page, simId, 'deactivated', '2026-03-05');
  return simId;
}

/** Pages in a PDF: each page object is '/Type /Page' (the tree's root is '/Type /Pages'). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('findings, complaint and rights', () => {
  it('goes from a logged history to its findings, the complaint and its one printed page, in English', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      const simId = await wrongedSim(page);
      const card = page.locator('section.findings');
      await card.getByRole('heading', { name: 'Findings' }).waitFor();
      expect(await card.locator('.finding').evaluateAll((items) => items.map((li) => li.getAttribute('data-code'))))
        .toEqual(['anr_before_period_end', 'anr_sms_missing', 'deactivated_early']);
      const early = card.locator('[data-code="deactivated_early"]');
      expect(await early.textContent()).toContain('The number was deactivated on 5 Mar, 4 days after its last use on 1 Mar; it may not be deactivated for non-usage before 30 May (reg 11).');
      await page.screenshot({ path: '/tmp/findings-sim-en.png', fullPage: true });
      await card.screenshot({ path: '/tmp/findings-card-en.png' });

      await early.getByRole('link', { name: 'Draft a complaint' }).click();
      await page.getByRole('heading', { level: 1, name: 'Complaint' }).waitFor();
      const letter = page.locator('#complaint-letter');
      const masked = (await letter.textContent())!;
      expect(masked).toContain('To: the Complaint Centre, Jio (198)');
      expect(masked).toContain('If unresolved, to: the Appellate Authority, Jio');
      expect(masked).toContain('Subject: Deactivated too early, mobile number •••• 3210');
      expect(masked).toContain('“Every service provider shall ensure that no cellular mobile telephone connection of a prepaid consumer is deactivated for non-usage');
      expect(masked).not.toContain(NUMBER);
      await page.getByLabel('Show my whole number').check();
      expect(await letter.textContent()).toContain(`I ask you to restore my number ${NUMBER} at once, without any reactivation charge.`);
      await page.screenshot({ path: '/tmp/findings-complaint-en.png', fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a text file' }).click()]);
      expect(download.suggestedFilename()).toBe('complaint-deactivated-early-2026-03-05.txt');

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.complaint__controls').isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await letter.isVisible()).toBe(true);
      await page.screenshot({ path: '/tmp/findings-print-en.png', fullPage: true });
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      await page.emulateMedia({ media: 'screen' });

      await page.goto(`${session.app.url}#/sim/${simId}`);
      await page.getByRole('link', { name: 'Your rights' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Your rights' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Your Jio spare SIM: last use 1 Mar; that period ends on 30 May.');
      await page.screenshot({ path: '/tmp/findings-rights-en.png', fullPage: true });
      await page.getByRole('link', { name: /^Deactivated too early/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Complaint' }).waitFor();
    });
  }, 120_000);

  it('shows the findings, the complaint and the rights in Hindi, in the gazette’s words', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      const simId = await wrongedSim(page);
      await page.goto(`${session.app.url}#/settings`);
      await page.getByLabel('हिंदी').check();
      await page.goto(`${session.app.url}#/sim/${simId}`);
      const card = page.locator('section.findings');
      await card.getByRole('heading', { name: 'जाँच के नतीजे' }).waitFor();
      const early = card.locator('[data-code="deactivated_early"]');
      expect(await early.textContent()).toContain('समय से पहले बंद (निष्क्रिय)');
      expect(await early.textContent()).toContain('(विनियम 11)');
      await page.screenshot({ path: '/tmp/findings-sim-hi.png', fullPage: true });
      await card.screenshot({ path: '/tmp/findings-card-hi.png' });

      await early.getByRole('link', { name: 'शिकायत का मसौदा बनाएँ' }).click();
      await page.getByRole('heading', { level: 1, name: 'शिकायत' }).waitFor();
      const letter = page.locator('#complaint-letter');
      await page.waitForFunction(() => document.getElementById('complaint-letter')?.textContent?.includes('सेवा में'));
      const text = (await letter.textContent())!;
      expect(text).toContain('सेवा में: शिकायत केंद्र, Jio (198)');
      expect(text).toContain('नब्बे दिनों की न्यूनतम अवधि');
      expect(text).not.toContain(NUMBER);
      await page.screenshot({ path: '/tmp/findings-complaint-hi.png', fullPage: true });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.complaint__controls').isVisible()).toBe(false);
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      await page.screenshot({ path: '/tmp/findings-print-hi.png', fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // The English reader can still write the complaint in Hindi, and the reverse.
      await page.getByLabel('English').check();
      await page.waitForFunction(() => document.getElementById('complaint-letter')?.textContent?.startsWith('To: the Complaint Centre'));

      await page.goto(`${session.app.url}#/sim/${simId}/rights`);
      await page.getByRole('heading', { level: 1, name: 'आपके अधिकार' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('विनियम 12: स्वचालित नंबर प्रतिधारण (ANR)');
      await page.screenshot({ path: '/tmp/findings-rights-hi.png', fullPage: true });
    });
  }, 120_000);
});
