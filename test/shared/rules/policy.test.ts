import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, POLICY_KEYS, policyBreaches, withPolicy } from '../../../shared/rules/policy';

describe('the policy', () => {
  it('defaults to the regulatory floor', () => {
    expect(DEFAULT_POLICY).toMatchObject({ nonUsageDays: 90, anrCharge: 2000, anrThreshold: 2000, graceDays: 15, reactivationFee: 2000, safeCustodyCharge: 15000 });
    expect(DEFAULT_POLICY.activityKinds).toEqual(['call_out', 'call_in', 'video_out', 'video_in', 'sms_out', 'data', 'vas', 'rental']);
  });
  it('has no breaches at the floor', () => expect(policyBreaches(withPolicy())).toEqual([]));
  it('names the field and regulation of every breached bound', () => {
    const breaches = policyBreaches(withPolicy({
      nonUsageDays: 60, anrCharge: 2500, anrThreshold: 3000, graceDays: 10, reactivationFee: 5000, safeCustodyCharge: 20000, activityKinds: ['call_out'],
    }));
    expect(breaches.map((b) => [b.field, b.regulation])).toEqual([
      ['nonUsageDays', 'reg 11'], ['anrCharge', 'reg 12(1) proviso'], ['anrThreshold', 'reg 12(1)'], ['graceDays', 'reg 14(1)'],
      ['reactivationFee', 'reg 14(1)'], ['safeCustodyCharge', 'reg 13(2)'], ['activityKinds', 'reg 2(aa)'],
    ]);
  });
  it('accepts more generous values than the floor without complaint', () => {
    expect(policyBreaches(withPolicy({ nonUsageDays: 120, anrCharge: 1000, graceDays: 30, activityKinds: [...DEFAULT_POLICY.activityKinds, 'recharge'] }))).toEqual([]);
  });
  it('lists every field of a policy exactly once', () => {
    expect([...POLICY_KEYS].sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
    expect(new Set(POLICY_KEYS).size).toBe(POLICY_KEYS.length);
  });
  it('does not share the activity list between policies', () => {
    const a = withPolicy();
    a.activityKinds.push('recharge');
    expect(DEFAULT_POLICY.activityKinds).not.toContain('recharge');
  });
});
