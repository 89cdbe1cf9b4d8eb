import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../../../../shared/app/forms/field-error';

describe('fieldErrorOf', () => {
  it('turns the store\'s details into messages the user can act on', () => {
    expect(fieldErrorOf('cannot be after today (2026-03-15)')).toEqual({ key: 'err.future' });
    expect(fieldErrorOf('an Indian mobile number has 10 digits starting 6, 7, 8 or 9')).toEqual({ key: 'err.number' });
    expect(fieldErrorOf('cannot be empty')).toEqual({ key: 'err.required' });
    expect(fieldErrorOf('must be more than Rs 0')).toEqual({ key: 'err.positive' });
    expect(fieldErrorOf('must be a whole number from 1 to 365')).toEqual({ key: 'err.range', params: { min: '1', max: '365' } });
    expect(fieldErrorOf('must be a whole number at least 1')).toEqual({ key: 'err.atLeast', params: { min: '1' } });
    expect(fieldErrorOf('must be at most 40 characters')).toEqual({ key: 'err.tooLong', params: { max: '40' } });
    expect(fieldErrorOf('cannot be before the recharge date (2026-03-01)')).toEqual({ key: 'err.beforeStart' });
  });

  it('shows an unknown detail as it is rather than hide it', () => {
    expect(fieldErrorOf('something new')).toEqual({ key: 'err.other', params: { detail: 'something new' } });
  });
});
