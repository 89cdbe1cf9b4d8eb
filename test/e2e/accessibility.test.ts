/**
 * Every screen passes axe-core with no violations, in English and in Hindi (light and dark themes
 * between them, so colour contrast is checked in both).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
const TODAY = '2026-03-15';

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }

/**
 * The app's Content-Security-Policy (script-src 'self') refuses page.addScriptTag, which adds an
 * inline script; evaluating the source through the DevTools protocol is not subject to it.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
}

async function violations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {});
    return { violations: result.violations, passes: (result as unknown as { passes: { id: string }[] }).passes.map((p) => p.id) };
  });
  // A run that checked nothing would pass quietly: make sure the checks that matter ran.
  for (const rule of ['color-contrast', 'html-has-lang', 'landmark-one-main', 'region']) {
    if (!found.passes.includes(rule) && !found.violations.some((v) => v.id === rule)) return [`axe did not run ${rule}`];
  }
  return found.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n  ')}`);
}

/** Waits for the screen's heading, then for the CSS and fonts, so axe sees what a person sees. */
async function open(page: Page, url: string, heading?: string): Promise<void> {
  await page.goto(url);
  if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  else await page.locator('h1').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

const session = useAppInChromium();

const runs = [
  { lang: 'en', scheme: 'light', welcome: 'Keep every number alive', sample: 'Try with sample data', settings: 'Settings' },
  { lang: 'hi', scheme: 'dark', welcome: 'हर नंबर चालू रखें', sample: 'नमूने के डेटा से आज़माएँ', settings: 'सेटिंग' },
] as const;

describe.each(runs)('every screen in $lang ($scheme) has no axe violations', (run) => {
  it('first run, home, SIM page, add SIM, log event, edit SIM, operator closed and settings', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: run.scheme });
    const report: Record<string, string[]> = {};

    await open(page, session.app.url);
    if (run.lang === 'hi') await page.getByRole('button', { name: 'हिंदी में पढ़ें' }).click();
    await page.getByRole('heading', { level: 1, name: run.welcome }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(run.lang);
    report.welcome = await violations(page);

    await page.getByRole('button', { name: run.sample }).click();
    await page.locator('.sim-card').first().waitFor();
    report.home = await violations(page);

    // The "I used this SIM today" choices, opened.
    await page.locator('.used-today > button').first().click();
    report.homeUsedMenu = await violations(page);

    const simHref = await page.locator('.sim-card__title a').first().getAttribute('href');
    await open(page, session.app.url + simHref);
    await page.locator('.timeline').waitFor();
    report.simPage = await violations(page);

    await open(page, `${session.app.url}#/add`);
    report.addSim = await violations(page);
    // A failed save: errors next to fields, and the operator rules open.
    await page.locator('button[type="submit"]').click();
    await page.locator('.form-alert').waitFor();
    await page.locator('.disclosure').click();
    report.addSimErrors = await violations(page);

    await open(page, `${session.app.url}${simHref}/edit`);
    report.editSim = await violations(page);

    await open(page, `${session.app.url}${simHref}/log?type=recharge`);
    report.logRecharge = await violations(page);
    await open(page, `${session.app.url}${simHref}/log`);
    report.logActivity = await violations(page);

    // An operator that closed its services: its form, then the SIM's page and home with the refund.
    await open(page, `${session.app.url}${simHref}/closed`);
    report.operatorClosed = await violations(page);
    await page.locator('form button[type="submit"]').click();
    await page.locator('section.closure').waitFor();
    report.simPageClosed = await violations(page);
    await open(page, session.app.url);
    await page.locator('.sim-card__closure').first().waitFor();
    report.homeClosed = await violations(page);

    await open(page, `${session.app.url}#/settings`, run.settings);
    report.settings = await violations(page);

    await context.close();
    for (const [screen, found] of Object.entries(report)) expect(found, `${screen}:\n${found.join('\n')}`).toEqual([]);
  });
});
