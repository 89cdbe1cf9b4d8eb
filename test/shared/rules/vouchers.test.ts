import { describe, expect, it } from 'vitest';
import { monetaryValueOf } from '../../../shared/rules/vouchers';

const recharge = (voucher: 'topup' | 'plan' | 'stv' | 'combo', monetaryValue?: number) => ({
  type: 'recharge' as const, date: '2026-01-01', amount: 10000, voucher, ...(monetaryValue !== undefined && { monetaryValue }),
});

describe('the monetary value of a recharge', () => {
  it('is the whole amount for a top-up voucher', () => expect(monetaryValueOf(recharge('topup'))).toBe(10000));
  it('is zero for plan and special tariff vouchers', () => {
    expect(monetaryValueOf(recharge('plan'))).toBe(0);
    expect(monetaryValueOf(recharge('stv'))).toBe(0);
  });
  it('is zero for a combo voucher unless its value is given', () => {
    expect(monetaryValueOf(recharge('combo'))).toBe(0);
    expect(monetaryValueOf(recharge('combo', 2500))).toBe(2500);
  });
  it('is what the user says when a top-up credits less than its price', () => expect(monetaryValueOf(recharge('topup', 8190))).toBe(8190));
});
