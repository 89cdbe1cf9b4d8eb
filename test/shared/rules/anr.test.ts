import { describe, expect, it } from 'vitest';
import { anrCanExtend, balanceAfterDeduction, observedReplacesProjected } from '../../../shared/rules/anr';
import { withPolicy } from '../../../shared/rules/policy';

describe('Automatic Number Retention (reg 12)', () => {
  const policy = withPolicy();
  it('extends while the balance exceeds Rs 20', () => expect(anrCanExtend(2001, policy)).toBe(true));
  it('does not extend at exactly Rs 20', () => expect(anrCanExtend(2000, policy)).toBe(false));
  it('honours an operator\'s lower threshold but still needs the charge covered', () => {
    expect(anrCanExtend(1100, withPolicy({ anrThreshold: 1000, anrCharge: 1000 }))).toBe(true);
    expect(anrCanExtend(1100, withPolicy({ anrThreshold: 1000, anrCharge: 1500 }))).toBe(false);
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
