import { describe, expect, it } from 'vitest';
import { firstEventsOf, newFirstEvents } from '../../../../shared/app/forms/first-events';

const TODAY = '2026-03-15';

describe('firstEventsOf', () => {
  it('gives no events when the user knows nothing more', () => {
    expect(firstEventsOf(newFirstEvents(), TODAY)).toEqual({ ok: true, value: [] });
  });

  it('gives the last recharge, then today\'s balance', () => {
    const result = firstEventsOf({
      ...newFirstEvents(), balance: '60', rechargeDate: '2025-11-01', rechargeAmount: '199', voucher: 'plan', validityDays: '28',
    }, TODAY);
    expect(result).toEqual({ ok: true, value: [
      { type: 'recharge', date: '2025-11-01', amount: 19900, voucher: 'plan', validityDays: 28 },
      { type: 'balance', date: TODAY, amount: 6000 },
    ] });
  });

  it('names every problem at once, on the form\'s fields', () => {
    const result = firstEventsOf({ ...newFirstEvents(), balance: '-5', rechargeAmount: '199', validityDays: '-3' }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual({
        'recharge.date': { key: 'err.required' },
        'recharge.validityDays': { key: 'err.too_small', params: { min: 1 } },
        balance: { key: 'err.negative' },
      });
    }
  });

  it('refuses a recharge after today with the store\'s own words', () => {
    const result = firstEventsOf({ ...newFirstEvents(), rechargeDate: '2026-04-01', rechargeAmount: '199' }, TODAY);
    expect(!result.ok && result.errors).toEqual({ 'recharge.date': { key: 'err.after_today', params: { today: TODAY } } });
  });
});
