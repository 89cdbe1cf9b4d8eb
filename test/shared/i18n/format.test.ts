import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatRegulation, maskNumber } from '../../../shared/i18n/format';

describe('formatDate', () => {
  it('formats the calendar date of the string in both languages', () => {
    expect(formatDate('2026-04-05', 'en')).toBe('5 Apr');
    expect(formatDate('2026-04-05', 'hi')).toBe('5 अप्रैल');
    expect(formatDate('2026-04-05', 'en', { weekday: true })).toBe('Sun, 5 Apr');
  });

  it('adds the year when it is not this year', () => {
    expect(formatDate('2027-01-02', 'en', { today: '2026-12-30' })).toBe('2 Jan 2027');
    expect(formatDate('2026-12-31', 'en', { today: '2026-12-30' })).toBe('31 Dec');
  });
});

describe('formatMoney, formatRegulation, maskNumber', () => {
  it('writes rupees as ₹ in both languages', () => {
    expect(formatMoney(2550, 'en')).toBe('₹25.50');
    expect(formatMoney(150000, 'hi')).toBe('₹1,500');
  });

  it('drops the paise of whole rupees, groups digits the Indian way, and keeps the sign', () => {
    expect(formatMoney(2500, 'en')).toBe('₹25');
    expect(formatMoney(1250, 'en')).toBe('₹12.50');
    expect(formatMoney(12345600, 'en')).toBe('₹1,23,456');
    expect(formatMoney(-505, 'en')).toBe('-₹5.05');
    expect(formatMoney(-505, 'hi')).toBe('-₹5.05');
  });

  it('cites regulations in the reader\'s language', () => {
    expect(formatRegulation('reg 14(1)', 'hi')).toBe('विनियम 14(1)');
    expect(formatRegulation('reg 12(1) proviso', 'hi')).toBe('विनियम 12(1) का परंतुक');
    expect(formatRegulation('reg 2(aa)', 'hi')).toBe('विनियम 2(कक)');
    expect(formatRegulation('reg 11', 'en')).toBe('reg 11');
  });

  it('shows only the last four digits of a number', () => {
    expect(maskNumber('9876543210')).toBe('•••• 3210');
  });
});
