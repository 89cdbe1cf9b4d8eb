import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../shared/sms/amounts';
import { findDates } from '../../../shared/sms/dates';
import { amountAfter, dateAfter, dateBefore } from '../../../shared/sms/labelled-values';

const balance = /bal(?:ance)?/giu;

describe('amountAfter', () => {
  it('takes the amount that follows the label', () => {
    const text = 'Call Charge Rs. 3.08.Balance Rs.27.61.';
    expect(amountAfter(text, balance, findAmounts(text))).toMatchObject({ token: { paise: 2761 }, label: 'Balance' });
  });
  it('does not borrow an amount from further than its window', () => {
    const text = 'Balance is what we value. Pay Rs 20 now';
    expect(amountAfter(text, balance, findAmounts(text), { window: 12 })).toBeNull();
  });
  it('reads a bare figure after the label only when asked', () => {
    const text = 'Main Bal:0.500.';
    expect(amountAfter(text, balance, findAmounts(text))).toBeNull();
    expect(amountAfter(text, balance, findAmounts(text), { bare: true })?.token.paise).toBe(50);
  });
  it('skips a label preceded by words that name another account, and one followed by से (from)', () => {
    const text = 'charged from Main Bal:0.100.Available Main Bal:Rs.0.125';
    expect(amountAfter(text, balance, findAmounts(text), { bare: true, notAfter: /from\s?(?:main\s)?$/i })?.token.paise).toBe(13);
    const hindi = 'बैलेंस से ₹20 काटे। बैलेंस ₹5';
    expect(amountAfter(hindi, /बैलेंस/gu, findAmounts(hindi), { notBefore: /^\s?से/u })?.token.paise).toBe(500);
  });
  it('does not take an amount already read as another field', () => {
    const text = 'Bal Rs 5 Rs 7';
    const amounts = findAmounts(text);
    expect(amountAfter(text, balance, amounts, { taken: [amounts[0]!] })?.token.paise).toBe(700);
  });
});

describe('dateAfter and dateBefore', () => {
  it('take the date after a label, or before a label that follows its date', () => {
    const text = 'Validity:Jun 19 2017. वैधता 30-08-2026 तक';
    expect(dateAfter(text, /validity/giu, findDates(text))?.token).toMatchObject({ year: 2017, month: 6, day: 19 });
    expect(dateBefore(text, /तक/gu, findDates(text))?.token).toMatchObject({ year: 2026, month: 8, day: 30 });
  });
  it('give nothing when the date is too far from the label', () => {
    const text = 'valid for all your calls and data on 30-08-2026';
    expect(dateAfter(text, /valid/giu, findDates(text))).toBeNull();
  });
});
