import { describe, expect, it } from 'vitest';
import { projectionJson } from '../../../shared/scenario/projection-json';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';

describe('a projection as JSON', () => {
  const json = projectionJson(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [
    { type: 'balance', date: '2026-01-01', amount: 4550 },
  ], '2026-01-05'));

  it('puts the contract\'s fields first, amounts in rupees', () => {
    expect(Object.keys(json).slice(0, 7)).toEqual(['state', 'lastActivity', 'nonUsageEnds', 'balance', 'anrDeductions', 'deactivation', 'graceEnds']);
    expect(json).toMatchObject({ balance: 45.5, anrDeductions: [{ amount: 20, balanceAfter: 25.5 }, { amount: 20, balanceAfter: 5.5 }] });
  });
  it('adds the risk with its clock and regulation', () => {
    expect(json).toMatchObject({ risk: { level: 'ok', daysLeft: 86, next: { kind: 'non_usage_ends', date: '2026-04-01', clock: 'trai', regulation: 'reg 11' } } });
  });
  it('keeps each flag\'s English message, written from the app\'s words, and adds its parameters in rupees', () => {
    const flagged = projectionJson(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [
      { type: 'anr_deduction', date: '2026-04-01', amount: 2500 },
    ], '2026-04-05'));
    expect(flagged.flags).toEqual([{
      code: 'anr_overcharged', date: '2026-04-01', regulation: 'reg 12(1) proviso',
      message: 'On 1 Apr 2026 the operator deducted ₹25, more than the ₹20 its ANR scheme charges. The findings say whether that breaks reg 12(1) proviso or only the operator\'s own tariff.',
      params: { amount: 25, charge: 20 },
    }]);
  });
  it('names the policy field of a breached bound, as before', () => {
    const flagged = projectionJson(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy({ graceDays: 10 }), [], '2026-01-05'));
    expect(flagged.flags).toEqual([expect.objectContaining({ code: 'policy_out_of_bounds', field: 'graceDays', regulation: 'reg 14(1)', params: {} })]);
    expect(flagged.flags[0]!.message).toMatch(/reg 14\(1\)/);
  });
});
