import { describe, expect, it } from 'vitest';
import { collectErrors, eachError, ValidationErrors } from '../../../shared/validation/collect-errors';
import { ValidationError } from '../../../shared/validation/validation-error';

describe('collectErrors', () => {
  it('keeps each field\'s problem and throws them together, first one first', () => {
    const errors = collectErrors();
    const a = errors.check(() => { throw new ValidationError('label', 'required'); }, '');
    const b = errors.check(() => 'fine');
    errors.check(() => { throw new ValidationError('since', 'after_today', { today: '2026-03-15' }); });
    expect([a, b]).toEqual(['', 'fine']);
    let thrown: unknown;
    try { errors.done(); } catch (error) { thrown = error; }
    expect(thrown).toBeInstanceOf(ValidationErrors);
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).field).toBe('label');
    expect(eachError(thrown as ValidationError).map((e) => `${e.field}:${e.code}`)).toEqual(['label:required', 'since:after_today']);
  });

  it('throws a single problem as itself, and nothing when all is well', () => {
    const one = collectErrors();
    one.check(() => { throw new ValidationError('number', 'not_phone_number'); });
    expect(() => one.done()).toThrow(new ValidationError('number', 'not_phone_number'));
    const none = collectErrors();
    none.check(() => 1);
    expect(() => none.done()).not.toThrow();
  });

  it('lets an error that is not about a field through at once', () => {
    const errors = collectErrors();
    expect(() => errors.check(() => { throw new TypeError('bug'); })).toThrow(TypeError);
  });
});
