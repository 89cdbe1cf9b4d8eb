import { describe, expect, it } from 'vitest';
import { mobileNumbersIn, rupeeAmountIn, rupeeAmountsIn, validityDaysIn, valueBeside } from '../../../extension/content/page-text';
import { documentOf } from './sites/fixture';

describe('reading a page’s text', () => {
  it('reads mobile numbers written with +91, 0, spaces or dashes as the same 10 digits', () => {
    expect(mobileNumbersIn('+91 98765 43210, 098765-43210 and 9876543210')).toEqual(['9876543210', '9876543210', '9876543210']);
  });

  it('does not take ten digits out of a longer number such as a transaction id', () => {
    expect(mobileNumbersIn('Transaction 2026112598765432101 and 123 9876543210999')).toEqual([]);
  });

  it('refuses numbers that do not start 6-9', () => {
    expect(mobileNumbersIn('call 1234567890 or 5876543210')).toEqual([]);
  });

  it('reads rupees in paise with ₹, Rs. or INR, commas and paise', () => {
    expect(rupeeAmountsIn('₹299, Rs. 1,199.5, INR 20.05 and ₹ 1,00,000')).toEqual([29900, 119950, 2005, 10000000]);
  });

  it('gives the first positive amount', () => {
    expect(rupeeAmountIn('cashback ₹0 on ₹349')).toBe(34900);
    expect(rupeeAmountIn('no money here')).toBeNull();
  });

  it('reads a validity in days, in English or Hindi, and ignores what is out of bounds', () => {
    expect(validityDaysIn('Validity 28 Days')).toBe(28);
    expect(validityDaysIn('वैधता 84 दिन')).toBe(84);
    expect(validityDaysIn('0 days')).toBeUndefined();
    expect(validityDaysIn('Unlimited')).toBeUndefined();
  });

  it('finds the value beside a label however the site pairs them', () => {
    const document = documentOf('<dl><dt>Plan</dt><dd>A</dd></dl><table><tr><th>Amount</th><td>B</td></tr></table><div><span>Validity</span><span>C</span></div>');
    expect([/^Plan$/, /^Amount$/, /^Validity$/].map((label) => valueBeside(document, label))).toEqual(['A', 'B', 'C']);
    expect(valueBeside(document, /^Missing$/)).toBe('');
  });
});
