/**
 * What a trial on a phone-sized screen tripped on, on a SIM's page and card (issue "The PWA as a
 * person meets it"): the deactivated badge's symbol, using a deactivated number, a SIM in ANR told
 * as "on track", and where focus goes after a delete.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';

const session = useAppInChromium();

async function logEvent(page: Page, simId: string, type: string, date: string, fill: Record<string, string> = {}): Promise<void> {
  await page.goto(`${session.app.url}#/sim/${simId}/log?type=${type}`);
  await page.getByLabel('Date').fill(date);
  for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/#\/sim\/[^/?]+$/);
}

async function openApp(today: string) {
  const context = await newAppContext(session.browser, { today });
  const page = await context.newPage();
  await page.goto(session.app.url);
  return { context, page };
}

describe('a deactivated number', () => {
  it('shows its state with a drawn symbol, not a glyph that may be missing from the fonts', async () => {
    const { context, page } = await openApp('2026-04-20');
    try {
      const simId = await addSimViaUi(page, session.app, { label: 'Old Vi', number: '9876543210', since: '2026-01-01' });
      await logEvent(page, simId, 'deactivated', '2026-04-15');
      const badge = page.locator('.status .badge, .badge--deactivated').first();
      await badge.waitFor();
      expect(await badge.textContent()).not.toContain('⏻');
      expect(await badge.locator('svg').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('says why use cannot be logged, logs nothing, and offers to log the reactivation', async () => {
    const { context, page } = await openApp('2026-04-20');
    try {
      const simId = await addSimViaUi(page, session.app, { label: 'Old Vi', number: '9876543210', since: '2026-01-01' });
      await logEvent(page, simId, 'deactivated', '2026-04-15');
      await page.locator('.history__item').first().waitFor();
      const entriesBefore = await page.locator('.history__item').count();
      await page.getByRole('button', { name: 'I used this SIM today' }).click();
      await page.getByRole('button', { name: 'Made a call' }).click();
      const toast = page.getByRole('status');
      await toast.getByText('is deactivated, so use cannot be logged').waitFor();
      expect(await page.locator('.history__item').count()).toBe(entriesBefore);
      await toast.getByRole('button', { name: 'Log the reactivation' }).click();
      await page.waitForURL(/log\?type=reactivated$/);
      expect(await page.getByLabel('What happened?').inputValue()).toBe('reactivated');
    } finally {
      await context.close();
    }
  });
});

describe('a SIM in ANR', () => {
  it('is a warning with the step that stops it in the headline, not "on track"', async () => {
    // Used on 1 Jan with Rs 100: the operator deducted on 1 Apr; the next step is on 1 May.
    const { context, page } = await openApp('2026-04-10');
    try {
      const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });
      await logEvent(page, simId, 'balance', '2026-01-01', { Balance: '100' });
      await page.goto(session.app.url);
      const card = page.locator('.sim-card', { hasText: 'Jio spare' });
      const due = card.locator('.due');
      await due.waitFor();
      expect(await due.getAttribute('class')).not.toContain('due--ok');
      expect(await due.locator('p').first().textContent()).toContain('Make a call or send an SMS to stop it');
      expect(await due.textContent()).not.toContain('On track');
      expect(await due.textContent()).not.toContain('✓');
    } finally {
      await context.close();
    }
  });
});

describe('deleting an entry', () => {
  it('moves focus to the next entry, and to the heading once the list is empty', async () => {
    const { context, page } = await openApp('2026-04-10');
    try {
      const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });
      await logEvent(page, simId, 'balance', '2026-02-01', { Balance: '50' });
      await logEvent(page, simId, 'balance', '2026-03-01', { Balance: '40' });
      const deletes = page.locator('.history__delete');
      expect(await deletes.count()).toBe(2);
      await deletes.first().click();
      await page.waitForFunction(() => document.querySelectorAll('.history__item').length === 1);
      await page.waitForFunction(() => document.activeElement?.classList.contains('history__delete') === true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.history__item').length === 0);
      await page.waitForFunction(() => document.activeElement?.id === 'history');
    } finally {
      await context.close();
    }
  });
});
