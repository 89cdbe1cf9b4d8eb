import { describe, expect, it } from 'vitest';
import { eventsFromSms } from '../../../shared/sms/events-from-sms';
import { parseSms } from '../../../shared/sms/parse-sms';
import type { SmsReading } from '../../../shared/sms/types';

const reading = (fields: Partial<SmsReading>): SmsReading => ({ kind: 'unknown', confidence: 'high', matched: [], ...fields });

describe('eventsFromSms', () => {
  it('proposes a recharge with its validity end and the balance it states, the voucher kind marked unsure (reg 6)', () => {
    const events = eventsFromSms(parseSms({
      text: 'Recharge of Rs 379 successful. Validity till 12/01/2027. Main Bal: Rs 5.00. Txn ID: 14112345678',
      sender: 'AD-AIRTEL-S', received: '2026-12-13',
    }));
    expect(events).toEqual([
      { event: { type: 'recharge', date: '2026-12-13', amount: 37900, voucher: 'plan', validityEnds: '2027-01-12' }, unsure: ['date', 'voucher'] },
      { event: { type: 'balance', date: '2026-12-13', amount: 500 }, unsure: ['date'] },
    ]);
  });

  it('calls a recharge with talktime a top-up, and with talktime and validity a combo', () => {
    const topup = eventsFromSms(reading({ kind: 'recharge', amount: 10000, monetaryValue: 8175, date: '2026-02-10', dateFrom: 'text' }));
    expect(topup[0]!.event).toEqual({ type: 'recharge', date: '2026-02-10', amount: 10000, voucher: 'topup', monetaryValue: 8175 });
    const combo = eventsFromSms(reading({ kind: 'recharge', amount: 15100, monetaryValue: 12000, validityEnds: '2026-07-04', date: '2026-06-06', dateFrom: 'text' }));
    expect(combo[0]!.event).toMatchObject({ voucher: 'combo', validityEnds: '2026-07-04' });
  });

  it('proposes no recharge when the message gave no amount, but still its balance', () => {
    expect(eventsFromSms(reading({ kind: 'recharge', balance: 300, date: '2026-02-10', dateFrom: 'text' })))
      .toEqual([{ event: { type: 'balance', date: '2026-02-10', amount: 300 }, unsure: [] }]);
  });

  it('proposes an ANR deduction and the balance after it (reg 15(3))', () => {
    expect(eventsFromSms(parseSms({ text: 'Rs.20 deducted for retention of your number due to non-usage. Current Bal: Rs.12.00', sender: 'DM-MTNLDL-S', received: '2026-09-01' })))
      .toEqual([
        { event: { type: 'anr_deduction', date: '2026-09-01', amount: 2000 }, unsure: ['date'] },
        { event: { type: 'balance', date: '2026-09-01', amount: 1200 }, unsure: ['date'] },
      ]);
  });

  it('proposes nothing for a deduction announced for later: its date is when it will happen', () => {
    const announced = parseSms({ text: 'Rs 20 will be deducted on 12-04-2026 to keep your number active. Bal Rs 64', received: '2026-04-09' });
    expect(announced).toMatchObject({ kind: 'anr_deduction', ahead: true, date: '2026-04-12', balance: 6400 });
    expect(eventsFromSms(announced)).toEqual([]);
  });

  it('proposes an activity of the right kind for a charged call, SMS, data session or service (reg 7, reg 2(aa))', () => {
    const kinds = ['Call Charge Rs. 3.08.Balance Rs.27.61', 'Last SMS cost Rs 1.50. Main Bal Rs 48.50', 'Data Session Charge:Rs 0.10. Bal Rs.6.23',
      'Rs.30 has been deducted for your Hello Tune subscription. Main Bal: Rs 12.40']
      .map((text) => eventsFromSms(parseSms({ text, received: '2026-03-02' }))[0]!.event);
    expect(kinds).toEqual([
      { type: 'activity', date: '2026-03-02', kind: 'call_out' },
      { type: 'activity', date: '2026-03-02', kind: 'sms_out' },
      { type: 'activity', date: '2026-03-02', kind: 'data' },
      { type: 'activity', date: '2026-03-02', kind: 'vas' },
    ]);
  });

  it('proposes only the balance for a balance or validity reply', () => {
    expect(eventsFromSms(parseSms({ text: 'Bal Rs 112.96. More dial*111*1#.', received: '2016-05-05' })))
      .toEqual([{ event: { type: 'balance', date: '2016-05-05', amount: 11296 }, unsure: ['date'] }]);
    expect(eventsFromSms(parseSms({ text: 'Your pack will expire on 28-Nov-2026', received: '2026-11-25' }))).toEqual([]);
  });

  it('proposes a deactivation that has happened, and none for one announced for later', () => {
    expect(eventsFromSms(parseSms({ text: 'Your number has been deactivated due to non-usage.', received: '2026-06-01' })))
      .toEqual([{ event: { type: 'deactivated', date: '2026-06-01' }, unsure: ['date'] }]);
    expect(eventsFromSms(parseSms({ text: 'Your number will be deactivated on 15-06-2026.', received: '2026-06-01' }))).toEqual([]);
  });

  it('proposes nothing for an unknown message, or for one without a date', () => {
    expect(eventsFromSms(parseSms({ text: '482913 is your OTP', received: '2026-06-01' }))).toEqual([]);
    expect(eventsFromSms(parseSms({ text: 'Bal Rs 112.96.' }))).toEqual([]);
  });

  it('leaves a validity end before the recharge date out of the recharge', () => {
    const [recharge] = eventsFromSms(reading({ kind: 'recharge', amount: 100, validityEnds: '2026-01-01', date: '2026-02-01', dateFrom: 'text' }));
    expect(recharge!.event).not.toHaveProperty('validityEnds');
  });
});
