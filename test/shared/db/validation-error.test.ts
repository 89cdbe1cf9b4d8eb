import { describe, expect, it } from 'vitest';
import { ValidationError, underPath } from '../../../shared/db/validation-error';

describe('ValidationError', () => {
  it('names the field first in its message', () => {
    const error = new ValidationError('amount', 'must be more than Rs 0');
    expect(error.message).toBe('amount: must be more than Rs 0');
    expect(error.field).toBe('amount');
    expect(error.detail).toBe('must be more than Rs 0');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
  });

  it('places its field under a path seen from further out', () => {
    const error = new ValidationError('amount', 'must be more than Rs 0').within('events[12]');
    expect(error.field).toBe('events[12].amount');
    expect(error.message).toBe('events[12].amount: must be more than Rs 0');
  });

  it('uses the path itself when the problem is the whole record', () => {
    expect(new ValidationError('', 'must be an object').within('sims[0]').field).toBe('sims[0]');
  });

  it('re-throws through underPath with the path added, and passes other errors through', () => {
    expect(() => underPath('sims[2]', () => { throw new ValidationError('label', 'cannot be empty'); }))
      .toThrow('sims[2].label: cannot be empty');
    expect(() => underPath('sims[2]', () => { throw new RangeError('boom'); })).toThrow(RangeError);
  });
});
