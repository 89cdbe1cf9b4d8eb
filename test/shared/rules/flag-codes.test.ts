import { describe, expect, it } from 'vitest';
import { FLAG_CODES, FLAG_PARAMS } from '../../../shared/rules/flag-codes';
import { projectPrepaid } from '../../../shared/rules/prepaid-projection';
import { projectPostpaid } from '../../../shared/rules/postpaid-projection';
import { withPolicy } from '../../../shared/rules/policy';

describe('the flag codes', () => {
  it('list every code whose parameters are described, once each', () => {
    expect([...FLAG_CODES].sort()).toEqual(Object.keys(FLAG_PARAMS).sort());
    expect(new Set(FLAG_CODES).size).toBe(FLAG_CODES.length);
  });

  it('are what the projections raise, each with numbers for parameters and no sentence', () => {
    const prepaid = projectPrepaid({ connection: 'prepaid', since: '2026-01-01' }, withPolicy({ nonUsageDays: 60, anrThreshold: 1000 }), [
      { type: 'anr_deduction', date: '2026-03-05', amount: 2500 },
      { type: 'deactivated', date: '2026-03-10' },
      { type: 'reactivated', date: '2026-03-12', fee: 4900 },
    ], '2026-03-20');
    const postpaid = projectPostpaid({ connection: 'postpaid', since: '2026-01-01' }, withPolicy(), [
      { type: 'safe_custody', date: '2026-02-01', months: 3, amount: 20000 },
    ], '2026-03-20');
    const flags = [...prepaid.flags, ...postpaid.flags];
    expect(new Set(flags.map((f) => f.code))).toEqual(new Set(FLAG_CODES));
    for (const flag of flags) {
      expect(FLAG_CODES).toContain(flag.code);
      expect(Object.keys(flag.params).sort()).toEqual(Object.keys(FLAG_PARAMS[flag.code]).sort());
      for (const value of Object.values(flag.params)) expect(Number.isInteger(value)).toBe(true);
      expect(flag).not.toHaveProperty('message');
    }
  });
});
