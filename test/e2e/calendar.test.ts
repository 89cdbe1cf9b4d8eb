/**
 * "Add to calendar" downloads an .ics file whose events fall on exactly the dates the rules engine
 * computes, with an alarm for each lead time, and no phone number in it.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';
import { deadlinesOf, presetFor, project } from '../../shared/rules';

const TODAY = '2026-03-29';

const session = useAppInChromium();

async function downloadFrom(page: Page, buttonName: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).first().click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { name: download.suggestedFilename(), text, events };
}

describe('calendar export', () => {
  it('puts every deadline the rules compute into the calendar file, with alarms', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      await page.goto(session.app.url);
      const first = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });
      const second = await addSimViaUi(page, session.app, { label: 'Jio, work; main', number: '9123456789', since: '2026-02-15' });

      await page.goto(`${session.app.url}#/settings`);
      const file = await downloadFrom(page, 'Add all to calendar (.ics)');
      expect(file.name).toBe('sim-keeper-deadlines.ics');
      expect(file.text).toContain('\r\n');
      expect(file.text).not.toContain('9876543210');
      expect(file.text).not.toContain('9123456789');

      const policy = presetFor('jio').policy;
      for (const [simId, since, label] of [[first, '2026-01-01', 'Jio spare'], [second, '2026-02-15', 'Jio, work; main']] as const) {
        const expected = deadlinesOf(project({ connection: 'prepaid', since }, policy, [], TODAY));
        const mine = file.events.filter((event) => event.uid.startsWith(`${simId}-`));
        expect(mine.map((event) => event.startDate.toString())).toEqual(expected.map((deadline) => deadline.date));
        expect(mine.map((event) => event.uid)).toEqual(expected.map((deadline) => `${simId}-${deadline.kind}-1@sim-keeper.local`));
        for (const event of mine) {
          expect(event.startDate.isDate).toBe(true);
          expect(event.summary.startsWith(`${label}:`)).toBe(true);
          // The default lead times: 14, 7, 3, 1 and 0 days.
          expect(event.component.getAllSubcomponents('valarm')).toHaveLength(5);
        }
      }
    });
  });

  it('exports one SIM from its page', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      await page.goto(session.app.url);
      const simId = await addSimViaUi(page, session.app, { label: 'Vi home', number: '9988776655', since: '2026-03-01' });
      await addSimViaUi(page, session.app, { label: 'Other', number: '9000000001', since: '2026-03-01' });
      await page.goto(`${session.app.url}#/sim/${encodeURIComponent(simId)}`);
      const file = await downloadFrom(page, 'Add to calendar');
      expect(file.name).toBe('sim-keeper-vi-home.ics');
      expect(file.events.length).toBeGreaterThan(0);
      expect(file.events.every((event) => event.uid.startsWith(`${simId}-`))).toBe(true);
    });
  });
});
