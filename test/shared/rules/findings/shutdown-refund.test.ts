import { describe, expect, it } from 'vitest';
import { shutdownRefund } from '../../../../shared/rules/findings/shutdown-refund';
import { withPolicy } from '../../../../shared/rules/policy';
import { balance, call, postpaid, prepaid, topup } from './history';

describe('shutdownRefund', () => {
  it('owes the prepaid balance of the closing day, less the ANR deductions the rules allowed before it', () => {
    expect(shutdownRefund(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000)], '2026-04-15')).toEqual({ amount: 8000, certainty: 'clear' });
  });
  it('leaves out what happened after the closing day', () => {
    expect(shutdownRefund(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000), topup('2026-05-01', 50000)], '2026-03-01')?.amount).toBe(10000);
  });
  it('is only possible when the balance comes from recharges, not a reading', () => {
    expect(shutdownRefund(prepaid, withPolicy(), [topup('2026-01-01', 10000), call('2026-01-02')], '2026-02-01')).toEqual({ amount: 10000, certainty: 'possible' });
  });
  it('owes a postpaid user the security deposit recorded, and says nothing when none is', () => {
    expect(shutdownRefund(postpaid, withPolicy(), [], '2026-02-01', 50000)).toEqual({ amount: 50000, certainty: 'clear' });
    expect(shutdownRefund(postpaid, withPolicy(), [], '2026-02-01')).toBeNull();
  });
});
