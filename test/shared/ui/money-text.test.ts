import { describe, expect, it } from 'vitest';
import { parseRupees, parseWholeNumber, rupeesText } from '../../../shared/ui/money-text';

describe('parseRupees', () => {
  it('reads rupees as people type them, exactly, into paise', () => {
    expect(parseRupees('199')).toBe(19900);
    expect(parseRupees('12.5')).toBe(1250);
    expect(parseRupees('0.10')).toBe(10);
    expect(parseRupees('1,499')).toBe(149900);
    expect(parseRupees('₹ 20')).toBe(2000);
    expect(parseRupees('Rs. 20')).toBe(2000);
  });

  it('reads an empty box as no amount, and anything else as not an amount', () => {
    expect(parseRupees('  ')).toBe(null);
    for (const text of ['abc', '-5', '1.234', '1e3', '12.5.0']) expect(parseRupees(text), text).toBeNaN();
  });
});

describe('rupeesText', () => {
  it('writes whole rupees without paise, and paise with two digits', () => {
    expect(rupeesText(2000)).toBe('20');
    expect(rupeesText(1250)).toBe('12.50');
    expect(rupeesText(undefined)).toBe('');
  });
});

describe('parseWholeNumber', () => {
  it('reads whole numbers only', () => {
    expect(parseWholeNumber(' 28 ')).toBe(28);
    expect(parseWholeNumber('')).toBe(null);
    expect(parseWholeNumber('2.5')).toBeNaN();
  });
});
