import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../../shared/validation/event';
import { ValidationError } from '../../../shared/validation/validation-error';

const TODAY = '2026-03-15';
const on = '2026-03-01';

function problem(check: () => unknown): { field: string; code: string } {
  try {
    check();
  } catch (error) {
    if (error instanceof ValidationError) return { field: error.field, code: error.code };
    throw error;
  }
  throw new Error('expected a ValidationError, and nothing was thrown');
}

describe('checkEvent', () => {
  it('reads the same event from paise (store) and rupees (command line)', () => {
    const inPaise = checkEvent({ type: 'recharge', date: on, amount: 29900, voucher: 'plan', validityDays: 28 }, TODAY, 'paise');
    const inRupees = checkEvent({ type: 'recharge', date: on, amount: 299, voucher: 'plan', validityDays: 28 }, TODAY, 'rupees');
    expect(inRupees).toEqual(inPaise);
    expect(inPaise).toEqual({ type: 'recharge', date: on, amount: 29900, voucher: 'plan', validityDays: 28 });
  });

  it('refuses an amount or a balance over Rs 1,00,000', () => {
    expect(problem(() => checkEvent({ type: 'balance', date: on, amount: 1e300 }, TODAY, 'rupees'))).toEqual({ field: 'amount', code: 'amount_too_large' });
    expect(problem(() => checkEvent({ type: 'recharge', date: on, amount: 100_001, voucher: 'topup' }, TODAY, 'rupees')).code).toBe('amount_too_large');
  });

  it('refuses a validity longer than 365 days (reg 4 as amended)', () => {
    expect(checkEvent({ type: 'recharge', date: on, amount: 3599, voucher: 'plan', validityDays: 365 }, TODAY, 'rupees')).toMatchObject({ validityDays: 365 });
    expect(problem(() => checkEvent({ type: 'recharge', date: on, amount: 3599, voucher: 'plan', validityDays: 366 }, TODAY, 'rupees')))
      .toEqual({ field: 'validityDays', code: 'out_of_range' });
  });

  it('refuses more than ten years of safe custody in one record', () => {
    expect(problem(() => checkEvent({ type: 'safe_custody', date: on, months: 121, amount: 150 }, TODAY, 'rupees')))
      .toEqual({ field: 'months', code: 'out_of_range' });
  });

  it('refuses a date after today, and advance rent that ends before it was paid', () => {
    expect(problem(() => checkEvent({ type: 'deactivated', date: '2026-03-16' }, TODAY, 'paise'))).toEqual({ field: 'date', code: 'after_today' });
    expect(problem(() => checkEvent({ type: 'advance_rent', date: on, through: '2026-02-28' }, TODAY, 'paise'))).toEqual({ field: 'through', code: 'before_start' });
  });

  it('copies only the fields of the event type', () => {
    expect(checkEvent({ type: 'deactivated', date: on, amount: 5, note: 'x' }, TODAY, 'paise')).toEqual({ type: 'deactivated', date: on });
  });
});

describe('checkEvent: an ANR deduction with no SMS (reg 15(3))', () => {
  it('keeps smsReceived: false, and leaves it out when not said', () => {
    expect(checkEvent({ type: 'anr_deduction', date: on, amount: 2000, smsReceived: false }, TODAY, 'paise'))
      .toEqual({ type: 'anr_deduction', date: on, amount: 2000, smsReceived: false });
    expect(checkEvent({ type: 'anr_deduction', date: on, amount: 2000 }, TODAY, 'paise')).toEqual({ type: 'anr_deduction', date: on, amount: 2000 });
  });
  it('refuses a smsReceived that is not true or false', () => {
    expect(problem(() => checkEvent({ type: 'anr_deduction', date: on, amount: 2000, smsReceived: 'no' }, TODAY, 'paise'))).toEqual({ field: 'smsReceived', code: 'not_boolean' });
  });
});

describe('checkEvent: an operator that closed its services (TRAI direction of 19 Jan 2018)', () => {
  it('reads a closure with a postpaid deposit in rupees and in paise, and without one', () => {
    expect(checkEvent({ type: 'operator_closed', date: on, securityDeposit: 500 }, TODAY, 'rupees'))
      .toEqual({ type: 'operator_closed', date: on, securityDeposit: 50000 });
    expect(checkEvent({ type: 'operator_closed', date: on, securityDeposit: 50000 }, TODAY, 'paise'))
      .toEqual({ type: 'operator_closed', date: on, securityDeposit: 50000 });
    expect(checkEvent({ type: 'operator_closed', date: on }, TODAY, 'paise')).toEqual({ type: 'operator_closed', date: on });
  });
  it('refuses a deposit of nothing, below nothing or over Rs 1,00,000', () => {
    expect(problem(() => checkEvent({ type: 'operator_closed', date: on, securityDeposit: 0 }, TODAY, 'rupees'))).toEqual({ field: 'securityDeposit', code: 'not_positive' });
    expect(problem(() => checkEvent({ type: 'operator_closed', date: on, securityDeposit: -5 }, TODAY, 'rupees'))).toEqual({ field: 'securityDeposit', code: 'not_positive' });
    expect(problem(() => checkEvent({ type: 'operator_closed', date: on, securityDeposit: 100_001 }, TODAY, 'rupees'))).toEqual({ field: 'securityDeposit', code: 'amount_too_large' });
  });
  it('reads a claim and a refund, and refuses a refund of nothing, a bad amount or a future date', () => {
    expect(checkEvent({ type: 'refund_claimed', date: on, amount: 5 }, TODAY, 'paise')).toEqual({ type: 'refund_claimed', date: on });
    expect(checkEvent({ type: 'refund_received', date: on, amount: 80.5 }, TODAY, 'rupees')).toEqual({ type: 'refund_received', date: on, amount: 8050 });
    expect(problem(() => checkEvent({ type: 'refund_received', date: on }, TODAY, 'paise'))).toEqual({ field: 'amount', code: 'not_money' });
    expect(problem(() => checkEvent({ type: 'refund_received', date: on, amount: 0 }, TODAY, 'paise'))).toEqual({ field: 'amount', code: 'not_positive' });
    expect(problem(() => checkEvent({ type: 'refund_received', date: on, amount: 80.505 }, TODAY, 'rupees'))).toEqual({ field: 'amount', code: 'not_money' });
    expect(problem(() => checkEvent({ type: 'refund_claimed', date: '2026-03-16' }, TODAY, 'paise'))).toEqual({ field: 'date', code: 'after_today' });
  });
});
