/**
 * The timeline as a person reads it on a phone: no date label overlaps another or sits under the
 * "today" line, and a deduction whose day has passed says what was (or would have been) taken and
 * the balance after, not "(expected)". In English and in Hindi, whose month names are longer.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';

// Used on 1 Jan with Rs 100: deductions fall on 1 Apr and 1 May (past), 31 May, 30 Jun (ahead).
const TODAY = '2026-05-03';
const session = useAppInChromium();

interface Box { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function timelineBoxes(page: Page) {
  const labels = await page.locator('.timeline .tl-label').evaluateAll((nodes) => nodes.map((node) => {
    const r = node.getBoundingClientRect();
    return { text: node.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
  }));
  const today = await page.locator('.timeline .tl-today').evaluate((node) => {
    const r = node.getBoundingClientRect();
    return { x: r.x, y: r.y, width: Math.max(r.width, 1), height: r.height };
  });
  return { labels, today };
}

async function openSimWithPastDeductions(lang: 'en' | 'hi') {
  const context = await newAppContext(session.browser, { today: TODAY });
  const page = await context.newPage();
  await page.goto(session.app.url);
  const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });
  await page.goto(`${session.app.url}#/sim/${simId}/log?type=balance`);
  await page.getByLabel('Date').fill('2026-01-01');
  await page.getByLabel('Balance', { exact: true }).fill('100');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Jio spare', exact: true }).waitFor();
  if (lang === 'hi') {
    await page.goto(`${session.app.url}#/settings`);
    await page.getByLabel('हिंदी').check();
    await page.goto(`${session.app.url}#/sim/${simId}`);
    await page.getByRole('heading', { level: 1, name: 'Jio spare', exact: true }).waitFor();
  }
  await page.locator('.timeline').waitFor();
  return { context, page };
}

describe('the timeline', () => {
  it.each(['en', 'hi'] as const)('keeps every date label clear of the others and of the today line (%s)', async (lang) => {
    const { context, page } = await openSimWithPastDeductions(lang);
    try {
      const { labels, today } = await timelineBoxes(page);
      expect(labels.length).toBeGreaterThan(2);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} overlaps ${b.text}: ${JSON.stringify([a, b])}`).toBe(false);
        const isToday = a.text === 'Today' || a.text === 'आज';
        if (!isToday) expect(overlap(a, today), `the today line crosses ${a.text}`).toBe(false);
      }
    } finally {
      await context.close();
    }
  });

  it('says what a passed deduction took and left, and calls only future ones expected', async () => {
    const { context, page } = await openSimWithPastDeductions('en');
    try {
      const list = page.locator('.timeline__deductions li');
      const items = await list.allTextContents();
      expect(items).toHaveLength(4);
      expect(items[0]).toContain('1 Apr');
      expect(items[0]).toContain('₹20');
      expect(items[0]).toContain('₹80');
      expect(items[0]).not.toContain('expected');
      expect(items[1]).toContain('₹60');
      expect(items[2]).toContain('expected');
    } finally {
      await context.close();
    }
  });
});
