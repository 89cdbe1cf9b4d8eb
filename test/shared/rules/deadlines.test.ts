import { describe, expect, it } from 'vitest';
import { deadlinesOf } from '../../../shared/rules/deadlines';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';
import type { SimEvent } from '../../../shared/rules/types';

const prepaid = { connection: 'prepaid' as const, since: '2025-06-01' };
const fortyFive: SimEvent[] = [
  { type: 'activity', date: '2026-01-01', kind: 'call_out' },
  { type: 'balance', date: '2026-01-01', amount: 4500 },
];

describe('deadlines ahead of a SIM', () => {
  it('lists the end of non-usage (with its deduction), the next deduction, deactivation and grace end', () => {
    const list = deadlinesOf(project(prepaid, withPolicy(), fortyFive, '2026-03-01'));
    expect(list.map((d) => [d.kind, d.date])).toEqual([
      ['non_usage_ends', '2026-04-01'], ['anr_deduction', '2026-05-01'], ['deactivation', '2026-05-31'], ['grace_ends', '2026-06-15'],
    ]);
    expect(list[0]).toMatchObject({ consequence: 'anr_deduction', amount: 2000, balanceAfter: 2500, clock: 'trai', regulation: 'reg 11' });
  });
  it('says deactivation follows the end of non-usage when there is no money', () => {
    const list = deadlinesOf(project(prepaid, withPolicy(), fortyFive.slice(0, 1), '2026-03-01'));
    expect(list.map((d) => d.kind)).toEqual(['non_usage_ends', 'grace_ends']);
    expect(list[0]?.consequence).toBe('deactivation');
  });
  it('keeps a deactivation in ANR that falls on the end of the non-usage period (observed deduction on 2 Mar, no balance)', () => {
    const p = project(prepaid, withPolicy(), [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'anr_deduction', date: '2026-03-02', amount: 2000 },
    ], '2026-03-05');
    expect(p.state).toBe('anr');
    expect(deadlinesOf(p).map((d) => [d.kind, d.date])).toEqual([['deactivation', '2026-04-01'], ['grace_ends', '2026-04-16']]);
  });
  it('keeps a projected deduction in ANR that falls on the end of the non-usage period', () => {
    const p = project(prepaid, withPolicy(), [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'anr_deduction', date: '2026-03-02', amount: 2000 },
      { type: 'balance', date: '2026-03-02', amount: 4500 },
    ], '2026-03-05');
    expect(deadlinesOf(p).map((d) => [d.kind, d.date])).toEqual([
      ['anr_deduction', '2026-04-01'], ['anr_deduction', '2026-05-01'], ['deactivation', '2026-05-31'], ['grace_ends', '2026-06-15'],
    ]);
  });
  it('drops what is already past', () => {
    const list = deadlinesOf(project(prepaid, withPolicy(), fortyFive, '2026-05-02'));
    expect(list.map((d) => d.kind)).toEqual(['deactivation', 'grace_ends']);
  });
  it('puts the operator\'s plan clock beside TRAI\'s, marked as such', () => {
    const list = deadlinesOf(project(prepaid, withPolicy({ incomingGraceDays: 7 }), [
      ...fortyFive, { type: 'recharge', date: '2026-02-01', amount: 19900, voucher: 'plan', validityDays: 28 },
    ], '2026-02-10'));
    expect(list.slice(0, 2)).toEqual([
      { kind: 'outgoing_barred', date: '2026-03-01', clock: 'plan', regulation: null },
      { kind: 'incoming_barred', date: '2026-03-08', clock: 'plan', regulation: null },
    ]);
  });
  it('gives a postpaid SIM paying its monthly rent no deadline', () => {
    expect(deadlinesOf(project({ connection: 'postpaid', since: '2025-01-01' }, withPolicy(), [], '2026-03-01'))).toEqual([]);
  });
  it('gives a postpaid SIM the end of its protection', () => {
    const list = deadlinesOf(project({ connection: 'postpaid', since: '2025-01-01' }, withPolicy(), [
      { type: 'safe_custody', date: '2026-02-01', months: 3, amount: 15000 },
    ], '2026-03-01'));
    expect(list).toEqual([{ kind: 'protection_ends', date: '2026-04-30', clock: 'trai', regulation: 'reg 13(2)' }]);
  });
});
