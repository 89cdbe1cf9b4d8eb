import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../shared/sms/normalise-text';

describe('normaliseText', () => {
  it('turns Devanagari digits into ASCII digits', () => {
    expect(normaliseText('शेष ₹४५.५० वैधता ३०/०८/२०२६')).toBe('शेष ₹45.50 वैधता 30/08/2026');
  });
  it('collapses every run of spaces, tabs, newlines and no-break spaces into one space and trims the ends', () => {
    expect(normaliseText('  Bal:\n\n Rs\u00a0 20\t.  ')).toBe('Bal: Rs 20 .');
  });
  it('reads control characters as spaces, so they separate words rather than join them', () => {
    expect(normaliseText('Main\u0000Bal\u0085Rs\u001b20')).toBe('Main Bal Rs 20');
  });
  it('drops zero-width characters, so a Hindi word with a joiner still reads as itself', () => {
    expect(normaliseText('रि\u200dचार्ज\u200b सफल\ufeff')).toBe('रिचार्ज सफल');
  });
  it('keeps emoji and other scripts as they are', () => {
    expect(normaliseText('Recharge 🎉 successful ✓')).toBe('Recharge 🎉 successful ✓');
  });
});
