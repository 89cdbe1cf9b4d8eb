import { describe, expect, it } from 'vitest';
import { duplicateOf } from '../../../../shared/app/sms/duplicate-of';
import type { SimEvent } from '../../../../shared/rules/types';

const recharge: SimEvent = { type: 'recharge', date: '2026-08-02', amount: 29900, voucher: 'plan' };

describe('duplicateOf', () => {
  it('finds an event whose note holds the same transaction id, even when corrected to another date', () => {
    const logged = [{ ...recharge, date: '2026-08-01', note: 'Recharge of Rs.299 … Transaction ID: BR000ABC1234' }];
    expect(duplicateOf(recharge, 'BR000ABC1234', logged)).toBe('transaction');
  });

  it('finds an event of the same type, date and amount', () => {
    expect(duplicateOf(recharge, undefined, [{ ...recharge, voucher: 'combo' }])).toBe('same');
    expect(duplicateOf({ type: 'balance', date: '2026-08-02', amount: 3540 }, undefined, [{ type: 'balance', date: '2026-08-02', amount: 3540 }])).toBe('same');
  });

  it('counts use of the same kind on the same day once', () => {
    const call: SimEvent = { type: 'activity', date: '2026-08-02', kind: 'call_out' };
    expect(duplicateOf(call, undefined, [call])).toBe('same');
    expect(duplicateOf(call, undefined, [{ ...call, kind: 'data' }])).toBeNull();
  });

  it('lets another amount, day or type through', () => {
    const logged = [recharge];
    expect(duplicateOf({ ...recharge, amount: 19900 }, undefined, logged)).toBeNull();
    expect(duplicateOf({ ...recharge, date: '2026-08-03' }, undefined, logged)).toBeNull();
    expect(duplicateOf({ type: 'anr_deduction', date: '2026-08-02', amount: 29900 }, undefined, logged)).toBeNull();
  });
});
