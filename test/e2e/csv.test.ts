/**
 * The history as CSV for a Hindi user (issue 7, item 10): the header, the event types, activity
 * kinds, vouchers and sources are Hindi words a spreadsheet user reads, not the store's codes, and
 * every field has its column. (The English file, and its row for a recharge, are in backup.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';

const TODAY = '2026-03-15';

const session = useAppInChromium();

describe('the CSV export', () => {
  it('speaks Hindi to a Hindi user, every field in its own column', async () => {
    await withAppPage(session.browser, { today: TODAY, locale: 'hi-IN' }, async (page) => {
      await page.goto(session.app.url);
      await page.getByRole('button', { name: 'नमूने के डेटा से आज़माएँ' }).click();
      await page.getByRole('heading', { level: 1, name: 'मेरे SIM' }).waitFor();
      await page.goto(`${session.app.url}#/settings`);
      await page.getByRole('heading', { level: 1, name: 'सेटिंग' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'इतिहास CSV में डाउनलोड करें' }).click(),
      ]) as [Download, void];
      const text = await readFile(await download.path(), 'utf8');
      const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines[0]).toBe('SIM का नाम,ऑपरेटर,तारीख़,क्या हुआ,ब्योरा,रक़म (₹),जुड़ा टॉकटाइम (₹),वैधता (दिन),इस तारीख़ तक वैध,महीने,इस तारीख़ तक भरा,कहाँ से,टिप्पणी');
      const body = lines.slice(1).join('\n');
      // Words, not codes: no 'recharge', 'call_out', 'plan', 'sample' in the cells.
      expect(body).not.toMatch(/,(recharge|activity|balance|call_out|sms_out|data|topup|plan|sample|manual),/);
      expect(body).toContain(',रिचार्ज,');
      // A sample top-up, with its talktime in its own column.
      expect(lines).toContain('Airtel — bank OTP,Airtel,2025-12-25,रिचार्ज,टॉप-अप (टॉकटाइम),50.00,45.00,,,,,नमूना,"Rs 50 top-up, Rs 45 talktime"');
    });
  });
});
