import { describe, expect, it } from 'vitest';
import { isActivity, nonUsageEndDay } from '../../../shared/rules/non-usage';
import { withPolicy } from '../../../shared/rules/policy';

describe('what counts as activity (reg 2(aa))', () => {
  const policy = withPolicy();
  it.each(['call_out', 'call_in', 'video_out', 'video_in', 'sms_out', 'data', 'vas', 'rental'] as const)('counts %s', (kind) => {
    expect(isActivity({ type: 'activity', date: '2026-01-01', kind }, policy)).toBe(true);
  });
  it('does not count an incoming SMS by default', () => expect(isActivity({ type: 'activity', date: '2026-01-01', kind: 'sms_in' }, policy)).toBe(false));
  it('does not count a balance check or a deduction', () => {
    expect(isActivity({ type: 'balance', date: '2026-01-01', amount: 100 }, policy)).toBe(false);
    expect(isActivity({ type: 'anr_deduction', date: '2026-01-01', amount: 2000 }, policy)).toBe(false);
  });
  it('ends the period nonUsageDays after its start', () => expect(nonUsageEndDay(100, policy)).toBe(190));
});
