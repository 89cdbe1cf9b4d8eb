import { describe, expect, it } from 'vitest';
import { moneyProblem, wholeNumberProblem } from '../../../../shared/app/forms/typed-number';

describe('typed numbers', () => {
  it('says a negative number of days must be at least the least allowed', () => {
    expect(wholeNumberProblem('-3', 0)).toEqual({ key: 'err.too_small', params: { min: 0 } });
    expect(wholeNumberProblem(' − 3 ', 1)).toEqual({ key: 'err.too_small', params: { min: 1 } });
  });

  it('still asks for a whole number when the box holds words or a fraction', () => {
    expect(wholeNumberProblem('three', 0)).toEqual({ key: 'err.not_whole_number' });
    expect(wholeNumberProblem('2.5', 0)).toEqual({ key: 'err.not_whole_number' });
  });

  it('says a negative amount cannot be negative, and anything else is not an amount', () => {
    expect(moneyProblem('-20')).toEqual({ key: 'err.negative' });
    expect(moneyProblem('₹ -20')).toEqual({ key: 'err.negative' });
    expect(moneyProblem('twenty')).toEqual({ key: 'err.not_money' });
  });
});
