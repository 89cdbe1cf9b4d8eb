import { describe, expect, it } from 'vitest';
import { jio } from '../../../../extension/content/sites/jio';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the Jio adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(jio, documentOf(fixtureHtml('jio')))).toEqual({
      number: '9876543210', amount: 29900, plan: '₹299 · 2 GB/Day · Unlimited Voice · 100 SMS/Day', validityDays: 28,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(jio, rewritten('jio', ['>Recharge successful<', '>Recharge pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(jio, rewritten('jio', ['>Recharge successful<', '>Recharge failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(jio, documentOf(`<main class="plans"><h1>Recharge Jio Number 98765 43210</h1><ul><li>₹299 · 2 GB/Day · 28 Days <button>Buy</button></li><li>₹349 · 2.5 GB/Day · 28 Days</li></ul></main>`))).toBeNull();
  });
});
