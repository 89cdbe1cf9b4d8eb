import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../../shared/rules/dates';
import { project, projectDays } from '../../../shared/rules/project';
import type { SimEvent } from '../../../shared/rules/types';
import { bodyArb, historyArb } from './histories';
import { withPolicy } from '../../../shared/rules/policy';

describe('project', () => {
  it('projects a prepaid SIM under regs 11, 12 and 14', () => {
    expect(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [], '2026-01-05')).toMatchObject({ connection: 'prepaid', nonUsageEnds: '2026-04-01' });
  });
  it('projects a postpaid SIM under reg 13', () => {
    expect(project({ connection: 'postpaid', since: '2026-01-01' }, withPolicy(), [], '2026-01-05')).toMatchObject({ connection: 'postpaid', state: 'active' });
  });
});

describe('projectDays', () => {
  /** The days a summary asks for: a run of consecutive days around the history's today. */
  const daysAround = (today: IsoDate, before: number, count: number): IsoDate[] =>
    Array.from({ length: count }, (_, offset) => addDays(today, offset - before));
  const upTo = (events: readonly SimEvent[], day: IsoDate) => events.filter((event) => event.date <= day);

  it('gives, on each day, what project gives with the events dated up to that day (prepaid)', () => {
    fc.assert(fc.property(historyArb, fc.nat({ max: 60 }), fc.integer({ min: 1, max: 40 }), (h, before, count) => {
      const days = daysAround(h.today, before, count);
      expect(projectDays(h.sim, h.policy, h.events, days)).toEqual(days.map((day) => project(h.sim, h.policy, upTo(h.events, day), day)));
    }));
  });

  it('gives, on each day, what project gives with the events dated up to that day (postpaid)', () => {
    const postpaidBody = fc.oneof(
      bodyArb,
      fc.record({ type: fc.constant('safe_custody' as const), months: fc.integer({ min: 1, max: 12 }), amount: fc.integer({ min: 0, max: 50_000 }) }),
      fc.record({ type: fc.constant('advance_rent' as const), ahead: fc.integer({ min: 1, max: 400 }) }),
    );
    const postpaidArb = fc.record({ h: historyArb, bodies: fc.array(postpaidBody, { maxLength: 30 }), backs: fc.array(fc.nat({ max: 500 }), { minLength: 30, maxLength: 30 }) })
      .map(({ h, bodies, backs }) => ({
        ...h,
        sim: { ...h.sim, connection: 'postpaid' as const },
        events: bodies.map((body, index) => {
          const date = addDays(h.today, -backs[index]!);
          if (body.type !== 'advance_rent' || !('ahead' in body)) return { ...body, date } as SimEvent;
          return { type: 'advance_rent', date, through: addDays(date, body.ahead) } as SimEvent;
        }),
      }));
    fc.assert(fc.property(postpaidArb, fc.nat({ max: 60 }), fc.integer({ min: 1, max: 40 }), (h, before, count) => {
      const days = daysAround(h.today, before, count);
      expect(projectDays(h.sim, h.policy, h.events, days)).toEqual(days.map((day) => project(h.sim, h.policy, upTo(h.events, day), day)));
    }));
  });

  it('gives the closed projection from the day an operator closed its services, as project does', () => {
    const closing = fc.record({ back: fc.nat({ max: 90 }), deposit: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }) });
    fc.assert(fc.property(historyArb, closing, fc.boolean(), fc.nat({ max: 60 }), fc.integer({ min: 1, max: 40 }), (h, close, postpaid, before, count) => {
      const closed: SimEvent = { type: 'operator_closed', date: addDays(h.today, -close.back), ...(close.deposit === undefined ? {} : { securityDeposit: close.deposit }) };
      const sim = postpaid ? { ...h.sim, connection: 'postpaid' as const } : h.sim;
      const events = [...h.events, closed];
      const days = daysAround(h.today, before, count);
      expect(projectDays(sim, h.policy, events, days)).toEqual(days.map((day) => project(sim, h.policy, upTo(events, day), day)));
    }));
  });
});
