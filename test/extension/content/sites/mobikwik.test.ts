import { describe, expect, it } from 'vitest';
import { mobikwik } from '../../../../extension/content/sites/mobikwik';
import { findRecharge } from '../../../../extension/content/site-adapter';
import { documentOf, fixtureHtml, rewritten } from './fixture';

describe('the MobiKwik adapter', () => {
  it('reads the number, amount, plan and validity of the confirmation page', () => {
    expect(findRecharge(mobikwik, documentOf(fixtureHtml('mobikwik')))).toEqual({
      number: '7012345678', amount: 15500, plan: '1GB total, unlimited voice, 300 SMS. Validity 24 days', validityDays: 24,
    });
  });

  it('finds nothing on a pending payment', () => {
    expect(findRecharge(mobikwik, rewritten('mobikwik', ['>Recharge successful<', '>Recharge pending<']))).toBeNull();
  });

  it('finds nothing on a failed payment', () => {
    expect(findRecharge(mobikwik, rewritten('mobikwik', ['>Recharge successful<', '>Recharge failed<']))).toBeNull();
  });

  it('finds nothing on the plan list, where numbers and prices abound', () => {
    expect(findRecharge(mobikwik, documentOf(`<div class="mk-nav">MobiKwik</div><h1>Recharge 7012345678</h1><p>₹155 · Validity 24 days</p>`))).toBeNull();
  });
});
