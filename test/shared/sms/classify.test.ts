import { describe, expect, it } from 'vitest';
import { classify, isAhead, usageKind } from '../../../shared/sms/classify';

const kind = (text: string) => classify(text).kind;

describe('classify', () => {
  it('reads an ANR deduction only with both a deduction and its purpose (reg 15(3))', () => {
    expect(classify('Rs 20 has been deducted to keep your number active')).toEqual({ kind: 'anr_deduction', matched: ['deducted', 'keep your number active'] });
    expect(kind('आपका नंबर चालू रखने के लिए ₹20 काटे गए')).toBe('anr_deduction');
    expect(kind('Rs 20 deducted. Bal Rs 5')).not.toBe('anr_deduction');
  });
  it('reads a recharge only with a word of success (reg 6)', () => {
    expect(kind('Recharge of Rs 299 is successful')).toBe('recharge');
    expect(kind('₹299 का रिचार्ज सफल रहा')).toBe('recharge');
    expect(kind('Recharge now with Rs 299')).toBe('unknown');
  });
  it('reads a charged call, SMS or data session as usage (reg 7)', () => {
    expect(kind('Call Charge Rs. 3.08.Balance Rs.27.61')).toBe('usage');
    expect(kind('Data Session Charge:Rs 0. Bal Rs.0.01')).toBe('usage');
    expect(kind('पिछली कॉल शुल्क ₹0.50')).toBe('usage');
  });
  it('reads a value added service charged to the balance as usage (reg 7(c))', () => {
    expect(kind('Rs.30 has been deducted for your Hello Tune subscription. Bal Rs 5')).toBe('usage');
    expect(usageKind('Rs.30 has been deducted for your Hello Tune subscription')).toBe('vas');
  });
  it('reads deactivation and suspension notices, but not advice on how to avoid one', () => {
    expect(kind('Your number has been deactivated due to non-usage')).toBe('deactivation');
    expect(kind('Your services will be suspended on 10-12-2026')).toBe('deactivation');
    expect(kind('आपकी सेवाएं बंद कर दी जाएंगी')).toBe('deactivation');
    expect(kind('Recharge now to avoid your number being suspended')).toBe('unknown');
  });
  it('reads expiry warnings as validity, and a plain balance reply as balance', () => {
    expect(kind('Your pack will expire on 28-Nov-2026')).toBe('validity');
    expect(kind('आपका प्लान 05-12-2026 को समाप्त हो रहा है')).toBe('validity');
    expect(kind('Bal: 8.672Rs.Expiry: 27-08-2018')).toBe('balance');
  });
  it('says unknown when no kind fits', () => {
    expect(classify('Your order will be delivered today')).toEqual({ kind: 'unknown', matched: [] });
  });
});

describe('isAhead', () => {
  it('tells a deduction or deactivation announced for later from one done', () => {
    expect(isAhead('Rs 20 will be deducted to keep your number active')).toBe(true);
    expect(isAhead('Rs.45 will be auto deducted on 14-Aug')).toBe(true);
    expect(isAhead('आपकी सेवाएं बंद कर दी जाएंगी')).toBe(true);
    expect(isAhead('Your number has been deactivated. You will be able to reactivate it within 15 days.')).toBe(false);
    expect(isAhead('Rs 20 has been deducted')).toBe(false);
  });
});

describe('usageKind', () => {
  it('tells a call, an SMS and a data session apart', () => {
    expect(usageKind('Call Charge Rs. 3.08')).toBe('call');
    expect(usageKind('Last SMS cost Rs 1.50')).toBe('sms');
    expect(usageKind('Session cost: 0.96INR, Consumed volume: 0.232MB')).toBe('data');
    expect(usageKind('Your last call of 10Kb was charged from 50MBFREE')).toBe('data');
  });
});
