import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HORIZON_DAYS, projectionFromSummary, summaryOf } from '../../../shared/db/summaries';
import type { EventRecord, SimRecord } from '../../../shared/db/types';
import { addDays } from '../../../shared/rules/dates';
import { project } from '../../../shared/rules/project';
import { historyArb } from '../rules/histories';

describe('summaryOf', () => {
  /** A random history as a SIM's stored events (some dated after the summary's day, as after a clock set back). */
  const stored = fc.record({ h: historyArb, back: fc.nat({ max: 40 }), postpaid: fc.boolean() }).map(({ h, back, postpaid }) => {
    const sim: SimRecord = {
      id: 'sim', label: 'SIM', number: '9876543210', operator: 'jio', circle: '', connection: postpaid ? 'postpaid' : 'prepaid',
      since: h.sim.since, policy: h.policy, colour: '#112233', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z',
    };
    const events = h.events
      .map((event, index): EventRecord => ({ ...event, id: `e${index}`, simId: 'sim', source: 'manual', seq: index + 1, updatedAt: sim.updatedAt }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
    return { sim, events, today: addDays(h.today, -back) };
  });

  it('gives, on every day of its horizon, what projecting the events dated up to that day gives', () => {
    fc.assert(fc.property(stored, ({ sim, events, today }) => {
      const summary = summaryOf(sim, events, today);
      for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
        const day = addDays(today, offset);
        expect(projectionFromSummary(summary, day)).toEqual(project(sim, sim.policy, events.filter((e) => e.date <= day), day));
      }
      expect(projectionFromSummary(summary, addDays(today, HORIZON_DAYS + 1))).toBeNull();
    }), { numRuns: 100 });
  }, 60_000);
});
