import { describe, expect, it } from 'vitest';
import { bsnl } from '../../../../extension/content/sites/bsnl';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the BSNL adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(bsnl, documentOf(fixtureHtml('bsnl')))).toEqual({
      number: '9412345678', amount: 18700, plan: 'STV 187: 2GB/day, unlimited voice, 100 SMS/day', validityDays: 28,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(bsnl, rewritten('bsnl', ['<b>SUCCESS</b>', '<b>PENDING</b>']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(bsnl, rewritten('bsnl', ['<b>SUCCESS</b>', '<b>FAILED</b>']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(bsnl, documentOf(`<h3>Quick Recharge</h3><form><label>Mobile Number</label><input value="9412345678"><table><tr><td>STV 187</td><td>28 Days</td><td>Rs. 187</td></tr></table></form>`))).toBeNull();
  });
});
