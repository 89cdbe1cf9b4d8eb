import { describe, expect, it } from 'vitest';
import { freecharge } from '../../../../extension/content/sites/freecharge';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the Freecharge adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(freecharge, documentOf(fixtureHtml('freecharge')))).toEqual({
      number: '9456789012', amount: 10800, plan: 'STV 108: 1GB/day, unlimited calls, validity 28 days', validityDays: 28,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(freecharge, rewritten('freecharge', ['>Recharge Successful<', '>Recharge Pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(freecharge, rewritten('freecharge', ['>Recharge Successful<', '>Recharge Failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(freecharge, documentOf(`<div id="root"><h1>Mobile Recharge</h1><input value="9456789012"><ul><li>₹108 · 28 days</li></ul></div>`))).toBeNull();
  });
});
