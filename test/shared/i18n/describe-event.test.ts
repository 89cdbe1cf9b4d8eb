import { beforeAll, describe, expect, it } from 'vitest';
import { describeEvent } from '../../../shared/i18n/describe-event';
import { loadLanguage } from '../../../shared/i18n/translate';

// Hindi is loaded on demand, as the app does before its first render in Hindi.
beforeAll(() => loadLanguage('hi'));

describe('describeEvent', () => {
  it('tells a recharge with its voucher, credit and validity', () => {
    expect(describeEvent({ type: 'recharge', date: '2026-01-01', amount: 19900, voucher: 'plan', validityDays: 28 }, 'en'))
      .toBe('Recharge of ₹199, Plan voucher; valid 28 days');
    expect(describeEvent({ type: 'recharge', date: '2026-01-01', amount: 5000, voucher: 'combo', monetaryValue: 1000, validityEnds: '2027-01-10' }, 'en'))
      .toBe('Recharge of ₹50, Combo voucher; adds ₹10 to the balance; valid until 10 Jan 2027');
    expect(describeEvent({ type: 'recharge', date: '2026-01-01', amount: 19900, voucher: 'plan', validityDays: 28 }, 'hi'))
      .toBe('₹199 का रिचार्ज, प्लान वाउचर; वैधता 28 दिन');
  });

  it('tells every other kind of event in both languages', () => {
    const events = [
      { type: 'activity', date: '2026-01-01', kind: 'sms_out' },
      { type: 'balance', date: '2026-01-01', amount: 0 },
      { type: 'anr_deduction', date: '2026-01-01', amount: 2000 },
      { type: 'deactivated', date: '2026-01-01' },
      { type: 'reactivated', date: '2026-01-01', fee: 2000 },
      { type: 'reactivated', date: '2026-01-01' },
      { type: 'safe_custody', date: '2026-01-01', months: 3, amount: 15000 },
      { type: 'advance_rent', date: '2026-01-01', through: '2026-06-30' },
    ] as const;
    expect(events.map((e) => describeEvent(e, 'en'))).toEqual([
      'Sent an SMS', 'Balance was ₹0', '₹20 deducted to keep the number (ANR)', 'Number deactivated',
      'Number reactivated, fee ₹20', 'Number reactivated', 'Safe custody for 3 months, ₹150', 'Rent paid in advance until 30 Jun',
    ]);
    for (const e of events) expect(describeEvent(e, 'hi')).toMatch(/[\u0900-\u097F]/);
  });
});
