import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../../shared/rules/policy';
import { project } from '../../../shared/rules/project';
import type { PrepaidProjection } from '../../../shared/rules/types';
import { layoutTimeline, MAX_DRAWN_DEDUCTIONS, TIMELINE_WIDTH } from '../../../shared/ui/timeline-layout';

const facts = { connection: 'prepaid' as const, since: '2026-01-01' };

describe('layoutTimeline', () => {
  it('runs from the last use to beyond the last day to reactivate, with today on it', () => {
    const p = project(facts, withPolicy(), [{ type: 'balance', date: '2026-01-01', amount: 4500 }], '2026-02-01') as PrepaidProjection;
    const layout = layoutTimeline(p);
    expect(layout.start).toBe('2026-01-01');
    expect(layout.end > p.graceEnds!).toBe(true);
    const kinds = layout.marks.map((m) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(['last_use', 'non_usage_ends', 'anr', 'deactivation', 'grace_ends', 'today']));
    for (const m of layout.marks) expect(m.x).toBeGreaterThanOrEqual(0);
    for (const m of layout.marks) expect(m.x).toBeLessThanOrEqual(TIMELINE_WIDTH);
  });

  it('tells observed deductions from projected ones', () => {
    const p = project(facts, withPolicy(), [
      { type: 'balance', date: '2026-01-01', amount: 10000 },
      { type: 'anr_deduction', date: '2026-04-01', amount: 2000 },
    ], '2026-04-10');
    const anr = layoutTimeline(p).marks.filter((m) => m.kind === 'anr');
    expect(anr[0]!.observed).toBe(true);
    expect(anr.slice(1).every((m) => m.observed === false)).toBe(true);
  });

  it('draws a few projected deductions and counts the rest, for a balance that lasts years', () => {
    const p = project(facts, withPolicy(), [{ type: 'balance', date: '2026-01-01', amount: 100000 }], '2026-01-02') as PrepaidProjection;
    const layout = layoutTimeline(p);
    expect(layout.marks.filter((m) => m.kind === 'anr')).toHaveLength(MAX_DRAWN_DEDUCTIONS);
    expect(layout.hidden!.count).toBe(p.anrDeductions.length - MAX_DRAWN_DEDUCTIONS);
  });

  it('puts the operator\'s plan clock in its own lane', () => {
    const p = project(facts, withPolicy({ incomingGraceDays: 7 }), [
      { type: 'recharge', date: '2026-01-05', amount: 19900, voucher: 'plan', validityDays: 28 },
    ], '2026-01-10');
    const layout = layoutTimeline(p);
    expect(layout.hasPlanLane).toBe(true);
    expect(layout.marks.filter((m) => m.lane === 'plan').map((m) => m.kind)).toEqual(['outgoing', 'incoming']);
  });

  it('gives no two date labels of a row the same room', () => {
    const p = project(facts, withPolicy(), [{ type: 'balance', date: '2026-01-01', amount: 6500 }], '2026-03-30');
    const layout = layoutTimeline(p);
    for (const row of [0, 1]) {
      const xs = layout.marks.filter((m) => m.lane === 'trai' && m.labelRow === row).map((m) => m.x).sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(50);
    }
  });
});

describe('the date labels', () => {
  const crowded = project(facts, withPolicy(), [{ type: 'balance', date: '2026-01-01', amount: 10000 }], '2026-05-03');

  it('never give two labels of one row overlapping room, however wide the words are', () => {
    for (const wide of [30, 60, 90]) {
      const labelled = layoutTimeline(crowded, TIMELINE_WIDTH, () => wide).marks.filter((m) => m.labelRow !== null);
      for (const [i, a] of labelled.entries()) {
        for (const b of labelled.slice(i + 1)) {
          if (a.lane === b.lane && a.labelRow === b.labelRow) expect(Math.abs(a.labelX - b.labelX)).toBeGreaterThanOrEqual(wide);
        }
      }
    }
  });

  it('keeps a label inside the drawing, moved in from the edge', () => {
    const layout = layoutTimeline(crowded, TIMELINE_WIDTH, () => 60);
    for (const m of layout.marks.filter((mark) => mark.labelRow !== null)) {
      expect(m.labelX).toBeGreaterThanOrEqual(30);
      expect(m.labelX).toBeLessThanOrEqual(TIMELINE_WIDTH - 30);
    }
  });

  it('carries each deduction’s amount and balance after, for the list under the drawing', () => {
    const anr = layoutTimeline(crowded).marks.filter((m) => m.kind === 'anr');
    expect(anr[0]).toMatchObject({ date: '2026-04-01', amount: 2000, balanceAfter: 8000 });
  });
});
