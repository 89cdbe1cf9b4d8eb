/**
 * A new user's first session: open the app, add two SIMs, log a recharge on one and an activity
 * on the other, and see the dates the rules engine computes for exactly those inputs.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAppContext } from './browser';
import { useAppInChromium } from './session';
import { project } from '../../shared/rules/project';
import { presetFor, type OperatorId } from '../../shared/rules/presets';
import { riskOf, compareRisk } from '../../shared/rules/risk';
import type { PrepaidProjection, SimEvent } from '../../shared/rules/types';
import { describeDeadline, formatDate, formatMoney } from '../../shared/i18n';
import { daysLeftText } from '../../shared/ui/DaysLeft';

const TODAY = '2026-03-15';

interface Plan {
  label: string;
  number: string;
  operator: OperatorId;
  operatorName: string;
  since: string;
  events: SimEvent[];
}

const jio: Plan = {
  label: 'Jio main', number: '98765 43210', operator: 'jio', operatorName: 'Jio', since: '2025-12-01',
  events: [{ type: 'activity', date: '2026-02-01', kind: 'sms_out' }],
};
const airtel: Plan = {
  label: 'Airtel spare', number: '+91 91234 56780', operator: 'airtel', operatorName: 'Airtel', since: '2025-12-20',
  events: [{ type: 'recharge', date: '2026-03-01', amount: 5000, voucher: 'topup' }],
};

function expected(plan: Plan) {
  const projection = project({ connection: 'prepaid', since: plan.since }, presetFor(plan.operator).policy, plan.events, TODAY) as PrepaidProjection;
  return { projection, risk: riskOf(projection) };
}

const fact = (page: Page, term: string) =>
  page.locator('.facts__row', { has: page.locator('dt', { hasText: term }) }).locator('dd');

async function addSim(page: Page, plan: Plan): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Add a SIM' }).waitFor();
  await page.getByLabel('Name').fill(plan.label);
  await page.getByLabel('Mobile number').fill(plan.number);
  await page.getByLabel('Operator', { exact: true }).selectOption(plan.operator);
  await page.getByLabel('Last used on').fill(plan.since);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: plan.label, exact: true }).waitFor();
}

const session = useAppInChromium();

describe('first use', () => {
  it('adds two SIMs, logs a recharge and an activity, and shows the dates the rules compute', async () => {
    const context = await newAppContext(session.browser, { today: TODAY });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // First run: the rules in plain words, then the user's own SIM.
    await page.goto(session.app.url);
    await page.getByRole('heading', { level: 1, name: 'Keep every number alive' }).waitFor();
    await expect(page.getByText('reg 11').first().isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Add my first SIM' }).click();
    await addSim(page, jio);

    // A wrong number is refused next to the field, and nothing typed is lost.
    await page.goto(`${session.app.url}#/add`);
    await page.getByRole('heading', { level: 1, name: 'Add a SIM' }).waitFor();
    await page.getByLabel('Name').fill(airtel.label);
    await page.getByLabel('Mobile number').fill('12345');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a 10-digit Indian mobile number').waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe(airtel.label);
    expect(await page.getByLabel('Mobile number').getAttribute('aria-invalid')).toBe('true');
    await page.goto(`${session.app.url}#/add`);
    await addSim(page, airtel);

    // Airtel: log a Rs 50 top-up from the SIM page's "Log a recharge".
    await page.getByRole('link', { name: 'Log a recharge' }).click();
    await page.getByRole('heading', { level: 1, name: `Log for ${airtel.label}` }).waitFor();
    await page.getByLabel('Date').fill('2026-03-01');
    await page.getByLabel('Top-up (talktime)').check();
    await page.getByLabel('Amount paid').fill('50');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: airtel.label, exact: true }).waitFor();
    await page.getByText('Recharge of ₹50, Top-up (talktime)').waitFor();

    // Jio: log an SMS sent on 1 Feb through the log form.
    await page.goto(session.app.url);
    await page.locator('.sim-card').first().waitFor();
    await page.getByRole('link', { name: jio.label }).click();
    await page.getByRole('heading', { level: 1, name: jio.label, exact: true }).waitFor();
    await page.getByRole('link', { name: 'Log something' }).click();
    await page.getByLabel('What happened?').selectOption('activity');
    await page.getByLabel('What did you do?').selectOption('sms_out');
    await page.getByLabel('Date').fill('2026-02-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: jio.label, exact: true }).waitFor();

    // Each SIM page shows the projection's dates and balance.
    for (const plan of [jio, airtel]) {
      const { projection, risk } = expected(plan);
      await page.goto(session.app.url);
      await page.getByRole('link', { name: plan.label }).click();
      await page.getByRole('heading', { level: 1, name: plan.label, exact: true }).waitFor();
      expect(await fact(page, 'Last use').innerText()).toBe(formatDate(projection.lastActivity, 'en', { today: TODAY }));
      expect(await fact(page, 'Non-usage period ends').innerText()).toBe(formatDate(projection.nonUsageEnds, 'en', { today: TODAY }));
      expect(await fact(page, 'Balance (estimated)').innerText()).toBe(formatMoney(projection.balance, 'en'));
      const status = page.locator('.status');
      expect(await status.locator('.due__days strong').innerText()).toBe(daysLeftText(risk.daysLeft!, 'en'));
      expect(await status.locator('.due__next').innerText()).toBe(describeDeadline(risk.next!, 'en', TODAY));
    }

    // Home: most urgent first, each card with its days left, date and next step.
    const order = [jio, airtel].map((plan) => ({ plan, ...expected(plan) })).sort((a, b) => compareRisk(a.risk, b.risk));
    await page.goto(session.app.url);
    await page.locator('.sim-card').first().waitFor();
    const cards = page.locator('.sim-card');
    expect(await cards.count()).toBe(2);
    for (const [index, { plan, risk }] of order.entries()) {
      const card = cards.nth(index);
      expect(await card.locator('h2').innerText()).toBe(plan.label);
      expect(await card.locator('.sim-card__meta').innerText()).toContain(`•••• ${plan.number.replace(/\D/g, '').slice(-4)}`);
      expect(await card.locator('.due__days strong').innerText()).toBe(daysLeftText(risk.daysLeft!, 'en'));
      expect(await card.locator('.due__date').innerText()).toContain(formatDate(risk.next!.date, 'en', { today: TODAY, weekday: true }));
      expect(await card.locator('.due__next').innerText()).toBe(describeDeadline(risk.next!, 'en', TODAY));
    }

    // "I used this SIM today" takes two taps, and restarts the clock from today.
    const airtelCard = page.locator('.sim-card', { has: page.getByRole('link', { name: airtel.label }) });
    await airtelCard.getByRole('button', { name: 'I used this SIM today' }).click();
    await airtelCard.getByRole('button', { name: 'Made a call' }).click();
    await page.getByRole('status').getByText('“Made a call” logged for today').waitFor();
    const afterCall = expected({ ...airtel, events: [...airtel.events, { type: 'activity', date: TODAY, kind: 'call_out' }] });
    await expect.poll(() => airtelCard.locator('.due__next').innerText()).toBe(describeDeadline(afterCall.risk.next!, 'en', TODAY));

    // Undo puts it back as it was.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => airtelCard.locator('.due__next').innerText()).toBe(describeDeadline(expected(airtel).risk.next!, 'en', TODAY));

    expect(errors).toEqual([]);
    await context.close();
  });
});
