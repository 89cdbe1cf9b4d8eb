import { describe, expect, it } from 'vitest';
import { readAnyPage } from '../../../extension/content/read-any-page';

describe('readAnyPage, the generic reader on a site no adapter knows', () => {
  it('finds the number, amount and validity after the success line, not the user’s number in the header', () => {
    const text = 'QuickPay · signed in as 70123 45678\nPayment successful\nMobile recharge for +91 98765 43210\nAmount ₹ 299.00\nValidity 28 days';
    expect(readAnyPage(text)).toEqual({ number: '9876543210', amount: 29900, validityDays: 28 });
  });

  it('finds nothing when the first status on the page is pending or failed', () => {
    expect(readAnyPage('Payment pending\nRecharge for 9876543210 of ₹299 will complete soon. Successful recharges get an SMS.')).toBeNull();
    expect(readAnyPage('Transaction failed\n9876543210 ₹299')).toBeNull();
  });

  it('finds nothing without a status, a number or an amount', () => {
    expect(readAnyPage('Plans for 9876543210: ₹299, ₹349')).toBeNull();
    expect(readAnyPage('Recharge successful\nAmount ₹299')).toBeNull();
    expect(readAnyPage('Recharge successful for 9876543210')).toBeNull();
  });

  it('reads a Hindi success line', () => {
    expect(readAnyPage('रिचार्ज सफल\n9876543210 के लिए ₹199')).toEqual({ number: '9876543210', amount: 19900 });
  });
});
