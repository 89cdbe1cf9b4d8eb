/**
 * "Add this SIM" on a recharge page opens the app at '#/add?number=…': the add form starts with
 * the number filled in, and the rest of the form as usual.
 */
import { describe, expect, it } from 'vitest';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';

const session = useAppInChromium();

describe('the add form opened from a recharge page', () => {
  it('starts with the number filled in, and saves it', async () => {
    await withAppPage(session.browser, { today: '2026-11-25' }, async (page) => {
      await page.goto(`${session.app.url}#/add?number=9876543210`);
      await expect.poll(() => page.locator('#number').inputValue()).toBe('9876543210');
      expect(await page.locator('#label').inputValue()).toBe('');
      await page.locator('#label').fill('Mom’s Jio');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/#\/sim\/[^/?]+$/);
      await page.getByRole('heading', { name: 'Mom’s Jio' }).first().waitFor();
    });
  });

  it('starts empty without a number, as before', async () => {
    await withAppPage(session.browser, { today: '2026-11-25' }, async (page) => {
      await page.goto(`${session.app.url}#/add`);
      await page.locator('#number').waitFor();
      expect(await page.locator('#number').inputValue()).toBe('');
    });
  });
});
