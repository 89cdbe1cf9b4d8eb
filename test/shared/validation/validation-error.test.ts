import { describe, expect, it } from 'vitest';
import { ValidationError, underPath } from '../../../shared/validation/validation-error';
import { ValidationError as StoreValidationError } from '../../../shared/db/validation-error';

describe('ValidationError', () => {
  it('carries a field, a code and its parameters, and an English message naming the field first', () => {
    const error = new ValidationError('label', 'too_long', { max: 40 });
    expect(error.field).toBe('label');
    expect(error.code).toBe('too_long');
    expect(error.params).toEqual({ max: 40 });
    expect(error.message).toBe('label: must be at most 40 characters');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
  });

  it('has no parameters when the code needs none', () => {
    expect(new ValidationError('amount', 'not_positive').params).toEqual({});
  });

  it('places its field under a path seen from further out, keeping the code', () => {
    const error = new ValidationError('amount', 'not_positive').within('events[12]');
    expect(error.field).toBe('events[12].amount');
    expect(error.code).toBe('not_positive');
    expect(error.message).toBe('events[12].amount: must be more than Rs 0');
  });

  it('uses the path itself when the problem is the whole record', () => {
    expect(new ValidationError('', 'not_object').within('sims[0]').field).toBe('sims[0]');
  });

  it('re-throws through underPath with the path added, and passes other errors through', () => {
    expect(() => underPath('sims[2]', () => { throw new ValidationError('label', 'required'); }))
      .toThrow('sims[2].label: cannot be empty');
    expect(() => underPath('sims[2]', () => { throw new RangeError('boom'); })).toThrow(RangeError);
  });

  it('is the very error the store throws', () => {
    expect(StoreValidationError).toBe(ValidationError);
  });
});
