import { describe, expect, it } from 'vitest';
import {
  amount, amountOrZero, asObject, date, dateFrom, list, nonEmptyId, oneOf, onlyFields, pastDate, text, timestamp,
  wholeNumber,
} from '../../../shared/validation/checks';
import { ValidationError } from '../../../shared/validation/validation-error';

/** The field, code and parameters of the ValidationError `check` throws. */
function problem(check: () => unknown): { field: string; code: string; params: object } {
  try {
    check();
  } catch (error) {
    if (error instanceof ValidationError) return { field: error.field, code: error.code, params: error.params };
    throw error;
  }
  throw new Error('expected a ValidationError, and nothing was thrown');
}

describe('amount and amountOrZero', () => {
  it('accept paise up to Rs 1,00,000 and refuse a paisa more', () => {
    expect(amount(100_000_00, 'amount')).toBe(100_000_00);
    expect(problem(() => amount(100_000_01, 'amount'))).toEqual({ field: 'amount', code: 'amount_too_large', params: { max: '1,00,000' } });
    expect(problem(() => amountOrZero(100_000_01, 'balance')).code).toBe('amount_too_large');
  });

  it('refuse 1e300, in paise and in rupees, naming the field', () => {
    expect(problem(() => amount(1e300, 'amount'))).toMatchObject({ field: 'amount', code: 'amount_too_large' });
    expect(problem(() => amount(12.5, 'amount')).code).toBe('not_money');
    expect(problem(() => amount(1e300, 'amount', 'rupees'))).toMatchObject({ field: 'amount', code: 'amount_too_large' });
  });

  it('read rupees with two decimals into paise, and refuse a third decimal', () => {
    expect(amount(12.5, 'amount', 'rupees')).toBe(1250);
    expect(amount(100000, 'amount', 'rupees')).toBe(100_000_00);
    expect(problem(() => amount(10.005, 'amount', 'rupees'))).toMatchObject({ code: 'not_money', params: { unit: 'rupees' } });
  });

  it('refuse zero only where nothing happening would be a mistake, and negatives always', () => {
    expect(problem(() => amount(0, 'amount')).code).toBe('not_positive');
    expect(amountOrZero(0, 'fee')).toBe(0);
    expect(problem(() => amountOrZero(-1, 'fee')).code).toBe('negative');
    expect(problem(() => amountOrZero(-1e300, 'fee', 'rupees')).code).toBe('negative');
  });
});

describe('wholeNumber', () => {
  it('tells a fraction from a number out of range, and gives the range', () => {
    expect(wholeNumber(3650, 'days', 1, 3650)).toBe(3650);
    expect(problem(() => wholeNumber(1.5, 'days', 1, 3650)).code).toBe('not_whole_number');
    expect(problem(() => wholeNumber(1e300, 'days', 1, 3650))).toEqual({ field: 'days', code: 'out_of_range', params: { min: 1, max: 3650 } });
    expect(problem(() => wholeNumber('28', 'days', 1, 3650)).code).toBe('not_whole_number');
  });
});

describe('date, pastDate and dateFrom', () => {
  it('accept dates from 2000-01-01 to 9999-12-31', () => {
    expect(date('2000-01-01', 'since')).toBe('2000-01-01');
    expect(date('9999-12-31', 'through')).toBe('9999-12-31');
  });

  it('refuse a date before 2000 or a year past 9999, naming the field', () => {
    expect(problem(() => date('1999-12-31', 'since'))).toEqual({ field: 'since', code: 'date_out_of_range', params: { min: '2000-01-01', max: '9999-12-31' } });
    expect(problem(() => date('10000-01-01', 'through')).code).toBe('not_date');
    expect(problem(() => date('2026-02-30', 'date')).code).toBe('not_date');
  });

  it('refuse a record dated after today, and an end before its start', () => {
    expect(problem(() => pastDate('2026-03-02', 'date', '2026-03-01'))).toEqual({ field: 'date', code: 'after_today', params: { today: '2026-03-01' } });
    expect(problem(() => dateFrom('2026-02-01', 'through', '2026-03-01', 'payment date')))
      .toEqual({ field: 'through', code: 'before_start', params: { start: '2026-03-01', startField: 'payment date' } });
  });
});

describe('timestamp', () => {
  it('accepts an instant as toISOString writes it, and one with an offset', () => {
    expect(timestamp('2026-01-31T09:30:00.000Z', 'at')).toBe('2026-01-31T09:30:00.000Z');
    expect(timestamp('2026-01-31T15:00+05:30', 'at')).toBe('2026-01-31T15:00+05:30');
  });

  it('refuses a day that does not exist, although Date.parse accepts it', () => {
    expect(Number.isNaN(Date.parse('2026-02-30T10:00:00.000Z'))).toBe(false);
    expect(problem(() => timestamp('2026-02-30T10:00:00.000Z', 'at'))).toEqual({ field: 'at', code: 'not_timestamp', params: {} });
  });

  it('refuses an hour or minute that does not exist, and a year past the bounds', () => {
    expect(problem(() => timestamp('2026-01-31T24:00:00Z', 'at')).code).toBe('not_timestamp');
    expect(problem(() => timestamp('2026-01-31T10:60:00Z', 'at')).code).toBe('not_timestamp');
    expect(problem(() => timestamp('1970-01-01T00:00:00Z', 'at')).code).toBe('not_timestamp');
  });
});

describe('text', () => {
  it('counts letters as people see them', () => {
    expect(text('नमस्ते'.repeat(13), 'label', 40, true)).toHaveLength(78);
    expect(problem(() => text('x'.repeat(41), 'label', 40, true))).toEqual({ field: 'label', code: 'too_long', params: { max: 40 } });
  });

  it('refuses a 50 MB note at once, before segmenting it', () => {
    const huge = 'न'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    expect(problem(() => text(huge, 'note', 500, false)).code).toBe('too_long');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses long text made of long letters without counting them all', () => {
    const started = performance.now();
    expect(problem(() => text('नमस्ते'.repeat(1000), 'note', 500, false)).code).toBe('too_long');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses empty text where it is required, and what is not text', () => {
    expect(problem(() => text('   ', 'label', 40, true)).code).toBe('required');
    expect(problem(() => text(42, 'label', 40, true)).code).toBe('not_text');
  });
});

describe('the shape checks', () => {
  it('name what is wrong with objects, lists, choices and ids', () => {
    expect(problem(() => asObject([], 'sim', 'connection and since'))).toEqual({ field: 'sim', code: 'not_object', params: { with: 'connection and since' } });
    expect(problem(() => list({}, 'events')).code).toBe('not_list');
    expect(problem(() => oneOf('gift', ['topup', 'plan'], 'voucher'))).toEqual({ field: 'voucher', code: 'not_one_of', params: { allowed: 'topup, plan' } });
    expect(problem(() => onlyFields({ anrFee: 20 }, ['anrCharge'], 'policy', 'policy'))).toEqual({ field: 'policy.anrFee', code: 'unknown_field', params: { of: 'policy' } });
    expect(problem(() => nonEmptyId('', 'id')).code).toBe('not_id');
    expect(problem(() => nonEmptyId('x'.repeat(201), 'id')).code).toBe('too_long');
  });

  it('refuse a deeply nested value with a clear error, not a stack overflow', () => {
    let nested: unknown = [];
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(problem(() => oneOf(nested, ['call_out'], 'kind')).code).toBe('not_one_of');
  });
});
