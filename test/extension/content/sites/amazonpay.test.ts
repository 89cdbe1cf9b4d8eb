import { describe, expect, it } from 'vitest';
import { amazonpay } from '../../../../extension/content/sites/amazonpay';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the Amazon Pay adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(amazonpay, documentOf(fixtureHtml('amazonpay')))).toEqual({
      number: '9090123456', amount: 119900, plan: 'Rs. 1,199 Hero Unlimited: 2GB/day', validityDays: 84,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(amazonpay, rewritten('amazonpay', ['>Recharge successful<', '>Recharge pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(amazonpay, rewritten('amazonpay', ['>Recharge successful<', '>Recharge failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(amazonpay, documentOf(`<div id="a-page"><h1>Mobile Recharge</h1><input value="9090123456"><div class="a-box">Rs. 1,199 · 84 days</div></div>`))).toBeNull();
  });
});
