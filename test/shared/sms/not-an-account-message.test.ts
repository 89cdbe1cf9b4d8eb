import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../../shared/sms/not-an-account-message';
import { readSenderId } from '../../../shared/sms/sender-id';

const reason = (text: string, sender?: string) => refusalOf(text, readSenderId(sender))?.reason ?? null;

describe('refusalOf', () => {
  it('refuses anything from a promotional (-P) sender, whatever it says', () => {
    expect(reason('Recharge of Rs 299 successful', 'JX-JIONET-P')).toBe('promotional');
  });
  it("refuses anything from a business's header that is not an operator's", () => {
    expect(reason('Rs 2.0 was credited. Your account balance is Rs 4400.0', 'JK-FAMPAY-S')).toBe('not_operator');
    expect(refusalOf('Your order will be delivered today', readSenderId('JD-AMAZON-T'))).toEqual({ reason: 'not_operator', matched: 'AMAZON' });
  });
  it("refuses a wallet's balance unless an operator sent it", () => {
    expect(reason('Rs.530 credited to your PayZapp Wallet. Bal:Rs.551')).toBe('payment_app');
    expect(reason('Rs.530 credited to your PayZapp Wallet. Bal:Rs.551', 'JA-JIOPAY-S')).toBeNull();
  });
  it('refuses one-time passwords in English and Hindi', () => {
    expect(reason('123456 is your OTP to login to MyJio')).toBe('otp');
    expect(reason('आपका ओटीपी 482913 है')).toBe('otp');
  });
  it("refuses a bank's debit alert by its sender, or by a masked account, UPI reference or VPA", () => {
    expect(reason('Rs 299 debited', 'AD-HDFCBK-S')).toBe('bank');
    expect(reason('Rs.299.00 debited from A/c XX1234 for Jio recharge')).toBe('bank');
    expect(reason('your account is debited INR 1000.0 by UPI Ref No 803216002599')).toBe('bank');
    expect(reason('you have paid Rs.120.00 via your Paytm bank account XXXXXX4294')).toBe('bank');
  });
  it("refuses a payment app's receipt for a recharge", () => {
    expect(reason('Paid Rs 299 to Jio Prepaid using PhonePe. Recharge successful.')).toBe('payment_app');
  });
  it('refuses a recharge that failed or will be refunded', () => {
    expect(reason('Your recharge of Rs 299 has failed. Amount will be refunded.')).toBe('failed');
    expect(reason('आपका रिचार्ज विफल रहा')).toBe('failed');
  });
  it('refuses a recharge of something that is not a mobile number', () => {
    expect(reason('Jio DTH Recharge of Rs.350 successful')).toBe('not_mobile');
    expect(reason('Recharge of Rs 500 on Smart Card successful')).toBe('not_mobile');
  });
  it("lets an operator's own account message through, its 'Main A/C Bal' included", () => {
    expect(reason('Recharge of Rs.107 successful. Main A/C Bal: Rs.3.00', 'BZ-BSNLIN-S')).toBeNull();
    expect(reason('Rs 20 has been deducted from your account for number retention', 'AD-AIRTEL-S')).toBeNull();
  });
});
