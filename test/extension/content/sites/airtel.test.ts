import { describe, expect, it } from 'vitest';
import { airtel } from '../../../../extension/content/sites/airtel';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the Airtel adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(airtel, documentOf(fixtureHtml('airtel')))).toEqual({
      number: '9988776655', amount: 34900, plan: 'Truly Unlimited ₹349: 2.5GB/day, unlimited calls', validityDays: 28,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(airtel, rewritten('airtel', ['>Payment Successful<', '>Payment Pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(airtel, rewritten('airtel', ['>Payment Successful<', '>Payment Failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(airtel, documentOf(`<div class="plans"><h2>Prepaid recharge for 99887 76655</h2><div class="pack">₹349 · 28 days <a>Recharge</a></div><div class="pack">₹199 · 28 days</div></div>`))).toBeNull();
  });
});
