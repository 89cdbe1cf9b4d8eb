/**
 * Properties the prepaid projection must keep for every valid history (histories.ts builds them:
 * today in 2020..2030, 0..40 events from since - 200 days to today, policies within and outside the
 * regulatory bounds). A failing property prints fast-check's shrunk counter-example and its seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  addDays, daysBetween, inApplyOrder, project, projectPrepaid, withPolicy,
  type AnrDeductionEvent, type IsoDate, type PrepaidProjection, type SimEvent,
} from '../../../shared/rules';
import { MAX_EVENTS, fixedHistoriesHash, historyArb, type History } from './histories';

const RUNS = { numRuns: 200 };

function prepaid(h: History, events: readonly SimEvent[] = h.events, today: IsoDate = h.today): PrepaidProjection {
  return projectPrepaid(h.sim, h.policy, events, today);
}

/** a is not earlier than b, where null means "none", i.e. infinitely late. */
function notEarlier(a: IsoDate | null, b: IsoDate | null): boolean {
  if (a === null) return true;
  if (b === null) return false;
  return a >= b;
}

function maxDate(dates: IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((m, d) => (m === null || d > m ? d : m), null);
}

/** The events with `extra` inserted after every event dated on or before its date (apply order kept). */
function insertInOrder(events: readonly SimEvent[], extra: SimEvent): SimEvent[] {
  const ordered = [...inApplyOrder(events)];
  const at = ordered.findIndex((e) => e.date > extra.date);
  ordered.splice(at === -1 ? ordered.length : at, 0, extra);
  return ordered;
}

/** Runs fn with Date replaced by a trap: the rules must never read the clock or a time zone. */
function withoutDate<T>(fn: () => T): T {
  const RealDate = globalThis.Date;
  const fail = (): never => {
    throw new Error('the rules touched Date');
  };
  globalThis.Date = new Proxy(RealDate, { construct: fail, apply: fail, get: fail }) as DateConstructor;
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

describe('the histories the properties run on', () => {
  it('reach the 40 events they claim, not fast-check\'s default of 10', () => {
    const lengths = fc.sample(historyArb, { seed: 1, numRuns: 500 }).map((h) => h.events.length);
    expect(Math.max(...lengths)).toBe(MAX_EVENTS);
    expect(lengths.filter((n) => n > 10).length).toBeGreaterThan(100);
  });
});

describe('prepaid projection invariants', () => {
  it('(a) never projects a deduction larger than the policy ANR charge', () => {
    fc.assert(fc.property(historyArb, (h) => {
      for (const d of prepaid(h).anrDeductions) if (!d.observed) expect(d.amount).toBeLessThanOrEqual(h.policy.anrCharge);
    }), RUNS);
  });

  it('(b) keeps the balance and every balance after a deduction a whole number of paise, never below zero', () => {
    fc.assert(fc.property(historyArb, (h) => {
      const p = prepaid(h);
      for (const paise of [p.balance, ...p.anrDeductions.map((d) => d.balanceAfter)]) {
        expect(Number.isInteger(paise)).toBe(true);
        expect(paise).toBeGreaterThanOrEqual(0);
      }
    }), RUNS);
  });

  it('(c) projects a deactivation exactly on the liable day after the last deduction, or on nonUsageEnds when there is none', () => {
    fc.assert(fc.property(historyArb, (h) => {
      const p = prepaid(h);
      fc.pre(p.deactivation !== null && !p.deactivationObserved);
      const last = p.anrDeductions[p.anrDeductions.length - 1];
      expect(p.deactivation).toBe(last ? addDays(last.date, h.policy.anrExtensionDays) : p.nonUsageEnds);
    }), RUNS);
  });

  it('(c) never projects a deactivation before nonUsageEnds when no deduction was observed in the period', () => {
    fc.assert(fc.property(historyArb, (h) => {
      const p = prepaid(h);
      fc.pre(p.deactivation !== null && !p.deactivationObserved && !p.anrDeductions.some((d) => d.observed));
      expect(p.deactivation! >= p.nonUsageEnds).toBe(true);
    }), RUNS);
  });

  it('(c) follows the operator\'s own evidence: an observed deduction sets the next liable day 30 days on, even inside the period', () => {
    // The SMS of reg 15(3) shows the operator counts the period differently from our records; the
    // projection says what the operator will do next, and the flag-free answer is the honest one.
    const p = projectPrepaid({ connection: 'prepaid', since: '2020-01-01' }, withPolicy(), [
      { type: 'anr_deduction', date: '2020-01-01', amount: 100 },
    ], '2020-01-01');
    expect(p).toMatchObject({ nonUsageEnds: '2020-03-31', nextLiable: '2020-01-31', deactivation: '2020-01-31' });
  });

  it('(c) keeps an observed deactivation even when it falls before nonUsageEnds', () => {
    const h: History = {
      today: '2025-02-01', sim: { connection: 'prepaid', since: '2025-01-01' }, overrides: {}, policy: withPolicy(),
      events: [{ type: 'activity', date: '2025-01-10', kind: 'call_out' }, { type: 'deactivated', date: '2025-01-20' }],
    };
    const p = prepaid(h);
    expect(p).toMatchObject({ deactivation: '2025-01-20', deactivationObserved: true, nonUsageEnds: '2025-04-10', state: 'deactivated' });
  });

  it('(d) never makes nonUsageEnds, the deactivation or the end of grace earlier when a counted activity is added on or after the last event', () => {
    fc.assert(fc.property(historyArb, fc.nat(), fc.nat(), fc.boolean(), (h, kindPick, datePick, onToday) => {
      const kinds = h.policy.activityKinds;
      fc.pre(kinds.length > 0);
      const from = maxDate(h.events.map((e) => e.date)) ?? addDays(h.sim.since, -200);
      const span = daysBetween(from, h.today);
      const date = onToday ? h.today : addDays(from, datePick % (span + 1));
      const added: SimEvent = { type: 'activity', date, kind: kinds[kindPick % kinds.length]! };
      const before = prepaid(h);
      const after = prepaid(h, [...h.events, added]);
      if (before.deactivationObserved) {
        // An observed deactivation stands until a reactivation: the activity changes nothing.
        expect(after).toEqual(before);
        return;
      }
      expect(after.nonUsageEnds >= before.nonUsageEnds).toBe(true);
      expect(after.lastActivity).toBe(date >= before.lastActivity ? date : before.lastActivity);
      expect(notEarlier(after.deactivation, before.deactivation)).toBe(true);
      expect(notEarlier(after.graceEnds, before.graceEnds)).toBe(true);
    }), { numRuns: 300 });
  });

  it('(e) gives deep-equal results for the same history twice and leaves the events untouched', () => {
    fc.assert(fc.property(historyArb, (h) => {
      const copy = structuredClone(h.events);
      const first = project(h.sim, h.policy, h.events, h.today);
      const second = project(h.sim, h.policy, h.events, h.today);
      expect(second).toEqual(first);
      expect(h.events).toEqual(copy);
    }), RUNS);
  });

  it('(e) gives the same answer when events of different dates are shuffled and same-date order is kept', () => {
    fc.assert(fc.property(historyArb, fc.array(fc.double({ noNaN: true }), { minLength: MAX_EVENTS, maxLength: MAX_EVENTS }), (h, keys) => {
      // A random permutation, then each date's events put back into its slots in recorded order.
      const shuffled = h.events.map((e, i) => ({ e, key: keys[i]! })).sort((a, b) => a.key - b.key).map((x) => x.e);
      const queues = new Map<IsoDate, SimEvent[]>();
      for (const e of h.events) queues.set(e.date, [...(queues.get(e.date) ?? []), e]);
      const reordered = shuffled.map((e) => queues.get(e.date)!.shift()!);
      expect(prepaid(h, reordered)).toEqual(prepaid(h));
    }), RUNS);
  });

  it('(f) projects deductions 30 days apart, the first on nonUsageEnds or 30 days after an observed one', () => {
    fc.assert(fc.property(historyArb, (h) => {
      const p = prepaid(h);
      p.anrDeductions.forEach((d, i) => {
        // Two SMS of one day are two deductions the operator made: equal dates only when observed.
        if (i > 0) expect(d.observed ? d.date >= p.anrDeductions[i - 1]!.date : d.date > p.anrDeductions[i - 1]!.date).toBe(true);
        if (d.observed) return;
        const previous = p.anrDeductions[i - 1];
        expect(d.date).toBe(previous ? addDays(previous.date, h.policy.anrExtensionDays) : p.nonUsageEnds);
      });
    }), RUNS);
  });

  it('(g) says the number is lost exactly when grace ended before today', () => {
    fc.assert(fc.property(historyArb, (h) => {
      const p = prepaid(h);
      expect(p.state === 'lost').toBe(p.graceEnds !== null && p.graceEnds < h.today);
    }), RUNS);
  });

  // An anr_deduction recorded on the very day it was due (the liable day L) must confirm the projected
  // deduction of L, not replace the one of L - 30, which did happen (observedReplacesProjected, anr.ts).
  it('(i) changes nothing but the observed flag when the operator confirms a projected deduction on its day', () => {
    fc.assert(fc.property(historyArb, fc.nat(), (h, pick) => {
      fc.pre(h.policy.anrCharge > 0);
      const projected = prepaid(h).anrDeductions.filter((d) => !d.observed);
      fc.pre(projected.length > 0);
      const target = projected[pick % projected.length]!;
      const window = addDays(target.date, h.policy.anrExtensionDays);
      // Another SMS within 30 days after it would itself replace the projection: not a confirmation.
      fc.pre(!h.events.some((e) => e.type === 'anr_deduction' && e.date >= target.date && e.date <= window));
      const today = target.date > h.today ? target.date : h.today;
      const confirmation: AnrDeductionEvent = { type: 'anr_deduction', date: target.date, amount: target.amount };
      const before = prepaid(h, h.events, today);
      const after = prepaid(h, insertInOrder(h.events, confirmation), today);
      expect(after.anrDeductions).toEqual(before.anrDeductions.map((d) => (d.date === target.date ? { ...d, observed: true } : d)));
      expect(after.deactivation).toBe(before.deactivation);
      expect(after.graceEnds).toBe(before.graceEnds);
      expect(after.nonUsageEnds).toBe(before.nonUsageEnds);
    }), RUNS);
  });

  it('(i) keeps the previous deduction when the ANR SMS is recorded on the day it was due', () => {
    const h: History = {
      today: '2025-05-01', sim: { connection: 'prepaid', since: '2025-01-01' }, overrides: {}, policy: withPolicy(),
      events: [{ type: 'balance', date: '2025-01-01', amount: 10_000 }, { type: 'anr_deduction', date: '2025-05-01', amount: 2000 }],
    };
    const p = prepaid(h);
    expect(p.anrDeductions.map((d) => [d.date, d.balanceAfter, d.observed])).toEqual([
      ['2025-04-01', 8000, false], ['2025-05-01', 6000, true], ['2025-05-31', 4000, false], ['2025-06-30', 2000, false],
    ]);
    expect(p.balance).toBe(6000);
    expect(p.deactivation).toBe('2025-07-30');
  });

  // Activity and reactivations recorded before since are ignored (they move money, not the period);
  // R is the latest of since, counted activity and reactivation on or after since.
  it('(j) never starts the current period before the SIM\'s since date', () => {
    fc.assert(fc.property(historyArb, (h) => {
      expect(prepaid(h).lastActivity >= h.sim.since).toBe(true);
    }), RUNS);
  });

  it('(h) never touches Date, so the time zone cannot matter', () => {
    fc.assert(fc.property(historyArb, (h) => {
      withoutDate(() => project(h.sim, h.policy, h.events, h.today));
    }), RUNS);
  });

  it('(h) hashes 200 fixed projections the same here and in child processes in New York and Chatham', async () => {
    const run = promisify(execFile);
    const fixture = fileURLToPath(new URL('./fixtures/project-fixed-histories.ts', import.meta.url));
    const children = await Promise.all(['America/New_York', 'Pacific/Chatham'].map(async (tz) => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture], { env: { ...process.env, TZ: tz }, timeout: 20_000 });
      return JSON.parse(stdout) as { tz: string; offsets: number[]; hash: string };
    }));
    const here = fixedHistoriesHash();
    expect(children.map((c) => c.tz)).toEqual(['America/New_York', 'Pacific/Chatham']);
    expect(children[0]!.offsets).not.toEqual(children[1]!.offsets); // the zones really differed
    for (const child of children) expect(child.hash).toBe(here);
  }, 20_000);
});
