import { describe, expect, it } from 'vitest';
import { compareRisk, riskOf } from '../../../shared/rules/risk';
import { project } from '../../../shared/rules/project';
import { projectPrepaid } from '../../../shared/rules/prepaid-projection';
import { withPolicy } from '../../../shared/rules/policy';
import type { SimEvent } from '../../../shared/rules/types';

const sim = { connection: 'prepaid' as const, since: '2025-06-01' };
const idle: SimEvent[] = [{ type: 'activity', date: '2026-01-01', kind: 'call_out' }];
const riskAt = (today: string, events = idle, policy = withPolicy()) => riskOf(project(sim, policy, events, today));

describe('risk for people', () => {
  it('counts the days to the next deadline', () => {
    expect(riskAt('2026-03-01')).toMatchObject({ level: 'ok', daysLeft: 31, next: { kind: 'non_usage_ends' } });
  });
  it('is soon within 14 days and urgent within 3', () => {
    expect(riskAt('2026-03-18').level).toBe('soon');
    expect(riskAt('2026-03-29').level).toBe('urgent');
    expect(riskAt('2026-04-01')).toMatchObject({ level: 'urgent', daysLeft: 0 });
  });
  it('is urgent throughout the grace period, counting to its end', () => {
    expect(riskAt('2026-04-05')).toMatchObject({ level: 'urgent', daysLeft: 11, next: { kind: 'grace_ends' } });
  });
  it('is lost after grace ends', () => expect(riskAt('2026-04-20')).toEqual({ level: 'lost', next: null, daysLeft: null }));
  it('uses the operator\'s plan clock when it bites first, and says so', () => {
    const r = riskAt('2026-01-20', [...idle, { type: 'recharge', date: '2026-01-01', amount: 19900, voucher: 'plan', validityDays: 28 }], withPolicy({ incomingGraceDays: 7 }));
    expect(r).toMatchObject({ daysLeft: 9, next: { kind: 'outgoing_barred', clock: 'plan' } });
  });
  it('orders SIMs most urgent first and lost numbers last', () => {
    const risks = [riskAt('2026-04-20'), riskAt('2026-03-01'), riskAt('2026-03-30')];
    expect(risks.sort(compareRisk).map((r) => r.level)).toEqual(['urgent', 'ok', 'lost']);
  });
});

describe('riskOf\'s @example', () => {
  it('holds: with no activity since 1 Jan and no balance, 29 Mar is 3 days from the end of non-usage, urgent', () => {
    const projection = projectPrepaid({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [], '2026-03-29');
    expect(riskOf(projection)).toEqual({
      level: 'urgent', daysLeft: 3,
      next: { kind: 'non_usage_ends', date: '2026-04-01', clock: 'trai', regulation: 'reg 11', consequence: 'deactivation' },
    });
  });
});

