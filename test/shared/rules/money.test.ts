import { describe, expect, it } from 'vitest';
import { paiseToRupees, rupeesToPaise } from '../../../shared/rules/money';

describe('money in paise', () => {
  it('converts rupees to exact paise', () => {
    expect(rupeesToPaise(20)).toBe(2000);
    expect(rupeesToPaise(12.5)).toBe(1250);
    expect(rupeesToPaise(0.1)).toBe(10);
    expect(rupeesToPaise(1234.56)).toBe(123456);
  });
  it('refuses a third decimal, text and non-finite numbers', () => {
    for (const bad of [0.001, 12.345, '20', NaN, Infinity, null]) expect(rupeesToPaise(bad)).toBeNull();
  });
  it('gives rupees back as a number', () => expect(paiseToRupees(1250)).toBe(12.5));
});
