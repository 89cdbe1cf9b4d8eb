import { describe, expect, it } from 'vitest';
import { englishOf } from '../../../shared/validation/english';

describe('englishOf', () => {
  it('fills the parameters into the words', () => {
    expect(englishOf('too_long', { max: 40 })).toBe('must be at most 40 characters');
    expect(englishOf('out_of_range', { min: 1, max: 3650 })).toBe('must be a whole number from 1 to 3650');
    expect(englishOf('after_today', { today: '2026-03-01' })).toBe('is after today (2026-03-01)');
    expect(englishOf('amount_too_large', { max: '1,00,000' })).toBe('must be at most Rs 1,00,000');
  });

  it('says what an object should hold when told', () => {
    expect(englishOf('not_object')).toBe('must be an object');
    expect(englishOf('not_object', { with: 'connection and since' })).toBe('must be an object with connection and since');
  });

  it('words money by where it comes from: paise in the store, rupees on the command line', () => {
    expect(englishOf('not_money', { unit: 'paise' })).toMatch(/whole number of paise/);
    expect(englishOf('not_money', { unit: 'rupees' })).toBe('must be an amount in rupees with at most two decimals');
  });
});
