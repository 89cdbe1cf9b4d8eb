import { describe, expect, it } from 'vitest';
import {
  anrCanExtend, anrDeductionFrom, anrOverchargeFlag, anrThresholdFlag, balanceAfterDeduction, observedReplacesProjected,
} from '../../../shared/rules/anr';
import { withPolicy } from '../../../shared/rules/policy';

describe('Automatic Number Retention (reg 12)', () => {
  const policy = withPolicy();
  it('extends while the balance exceeds Rs 20', () => expect(anrCanExtend(2001, policy)).toBe(true));
  it('does not extend at exactly Rs 20', () => expect(anrCanExtend(2000, policy)).toBe(false));
  it('extends above an operator\'s lower threshold even when the balance cannot pay the whole charge', () => {
    expect(anrCanExtend(1100, withPolicy({ anrThreshold: 1000, anrCharge: 1000 }))).toBe(true);
    expect(anrCanExtend(1500, withPolicy({ anrThreshold: 1000, anrCharge: 2000 }))).toBe(true);
    expect(anrCanExtend(1000, withPolicy({ anrThreshold: 1000, anrCharge: 2000 }))).toBe(false);
  });
  it('deducts the charge, or what the balance holds when that is less', () => {
    expect(anrDeductionFrom(4500, policy)).toBe(2000);
    expect(anrDeductionFrom(1500, withPolicy({ anrThreshold: 1000, anrCharge: 2000 }))).toBe(1500);
  });
  it('flags a threshold below the charge as a policy that contradicts itself, and not one at it', () => {
    expect(anrThresholdFlag(withPolicy({ anrThreshold: 1000, anrCharge: 2000 }))).toEqual({
      code: 'anr_threshold_below_charge', field: 'anrThreshold', regulation: 'reg 12(1)', params: { threshold: 1000, charge: 2000 },
    });
    expect(anrThresholdFlag(policy)).toBeNull();
  });
  it('flags an observed deduction above the charge with both amounts', () => {
    expect(anrOverchargeFlag('2026-01-01', 2500, policy)).toEqual({
      code: 'anr_overcharged', date: '2026-01-01', regulation: 'reg 12(1) proviso', params: { amount: 2500, charge: 2000 },
    });
    expect(anrOverchargeFlag('2026-01-01', 2000, policy)).toBeNull();
  });
  it('lets an observed deduction replace a projected one dated within the 30 days before it', () => {
    expect(observedReplacesProjected(101, 130, policy)).toBe(true);
    expect(observedReplacesProjected(100, 130, policy)).toBe(false);
    expect(observedReplacesProjected(100, 100, policy)).toBe(true);
  });
  it('never takes a balance below zero', () => {
    expect(balanceAfterDeduction(500, 2000)).toBe(0);
    expect(balanceAfterDeduction(4500, 2000)).toBe(2500);
  });
});
