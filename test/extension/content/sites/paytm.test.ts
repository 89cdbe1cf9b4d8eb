import { describe, expect, it } from 'vitest';
import { paytm } from '../../../../extension/content/sites/paytm';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the Paytm adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(paytm, documentOf(fixtureHtml('paytm')))).toEqual({
      number: '7700112233', amount: 23900, plan: 'Unlimited Calls, 1.5GB/day, 100 SMS/day', validityDays: 28,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(paytm, rewritten('paytm', ['7700112233 Successful<', '7700112233 Pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(paytm, rewritten('paytm', ['7700112233 Successful<', '7700112233 Failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(paytm, documentOf(`<div id="app"><h1>Mobile Recharge</h1><input value="7700112233"><div class="_plan">₹239 · Validity: 28 Days</div></div>`))).toBeNull();
  });
});
