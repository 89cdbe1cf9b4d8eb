import { describe, expect, it } from 'vitest';
import { projectionJson } from '../../../shared/rules/projection-json';
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
});
