import { describe, expect, it } from 'vitest';
import { phonepe } from '../../../../extension/content/sites/phonepe';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the PhonePe adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(phonepe, documentOf(fixtureHtml('phonepe')))).toEqual({
      number: '8899001122', amount: 19900, plan: '₹199: 2GB total, unlimited calls, 300 SMS', validityDays: 28,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(phonepe, rewritten('phonepe', ['>Transaction Successful<', '>Transaction Pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(phonepe, rewritten('phonepe', ['>Transaction Successful<', '>Transaction Failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(phonepe, documentOf(`<div class="plans"><h1>Mobile recharge for 8899001122</h1><div>₹199 · 28 days</div><div>₹299 · 28 days</div></div>`))).toBeNull();
  });
});
