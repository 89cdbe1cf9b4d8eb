import { describe, expect, it } from 'vitest';
import { vi } from '../../../../extension/content/sites/vi';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the Vi adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(vi, documentOf(fixtureHtml('vi')))).toEqual({
      number: '8123456789', amount: 47900, plan: 'Rs 479 Unlimited: 1.5GB/day + Binge All Night', validityDays: 56,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(vi, rewritten('vi', ['>Recharge Successful!<', '>Recharge in progress<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(vi, rewritten('vi', ['>Recharge Successful!<', '>Recharge Failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(vi, documentOf(`<section class="plans"><h1>Recharge 8123456789</h1><div class="pack-card">Rs 479 · 56 Days <button>Buy now</button></div></section>`))).toBeNull();
  });
});
