import { describe, expect, it } from 'vitest';
import { fieldErrorOf, formErrorsOf } from '../../../../shared/app/forms/field-error';
import { ValidationError } from '../../../../shared/validation/validation-error';

describe('fieldErrorOf', () => {
  it('turns an error code into the message key of its words, with its parameters', () => {
    expect(fieldErrorOf('after_today', { today: '2026-03-15' })).toEqual({ key: 'err.after_today', params: { today: '2026-03-15' } });
    expect(fieldErrorOf('too_long', { max: 40 })).toEqual({ key: 'err.too_long', params: { max: 40 } });
    expect(fieldErrorOf('required')).toEqual({ key: 'err.required' });
  });
});

describe('formErrorsOf', () => {
  it('maps a store error by its code and field, whatever its English words say', () => {
    const error = new ValidationError('date', 'after_today', { today: '2026-03-15' });
    expect(formErrorsOf(error, ['date'])).toEqual({ date: { key: 'err.after_today', params: { today: '2026-03-15' } } });
  });

  it('shows an error on one item of a list next to the list', () => {
    const error = new ValidationError('policy.activityKinds[2]', 'not_one_of', { allowed: 'call_out' });
    expect(Object.keys(formErrorsOf(error, ['policy.activityKinds']))).toEqual(['policy.activityKinds']);
  });

  it('shows a deleted SIM at the top of the form', () => {
    expect(formErrorsOf(new ValidationError('simId', 'no_such_sim'), ['date'])).toEqual({ '': { key: 'err.no_such_sim' } });
  });
});
