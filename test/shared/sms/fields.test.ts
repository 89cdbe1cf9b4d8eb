import { describe, expect, it } from 'vitest';
import { amountPaid, charge, dataUsedMb, eventDate, mainBalance, monetaryValue, tokensOf, validityEnds } from '../../../shared/sms/fields';

describe('mainBalance', () => {
  it('prefers the balance named as main or left over a bare "Bal"', () => {
    expect(mainBalance(tokensOf('PROMO BAL RS 1.15 BAL_LEFT: MAIN RS 0.148'))?.token.paise).toBe(15);
    expect(mainBalance(tokensOf('3G Bal:1048.45MB Val:Jun 02 2015 Bal:Rs.93.35'))?.token.paise).toBe(9335);
  });
  it('does not take the account a charge came from for the balance left', () => {
    expect(mainBalance(tokensOf('charge is from Main Bal:0.100.Available Main Bal:Rs.0.125'))?.token.paise).toBe(13);
    expect(mainBalance(tokensOf('मुख्य बैलेंस से ₹20 काटे गए। शेष राशि: ₹25.50'))?.token.paise).toBe(2550);
  });
});

describe('charge, amountPaid and monetaryValue', () => {
  it('reads what a call cost (reg 7)', () => {
    const t = tokensOf('Last call charge for 00:03:07 is from Main Bal:0.100.');
    expect(charge(t, [])?.token.paise).toBe(10);
  });
  it('reads what a recharge cost and the talktime it added (reg 6)', () => {
    const t = tokensOf('Top-up of Rs 100: talktime Rs 81.75 credited.');
    const value = monetaryValue(t, []);
    expect(value?.token.paise).toBe(8175);
    expect(amountPaid(t, [value!.token])).toMatchObject({ token: { paise: 10000 }, label: 'Top-up of' });
  });
  it('falls back to the first amount not read otherwise, and says it had no label', () => {
    expect(amountPaid(tokensOf('आपका ₹299 का रिचार्ज सफल'), [])).toMatchObject({ token: { paise: 29900 }, label: null });
  });
});

describe('validityEnds and eventDate', () => {
  it('reads the validity after its label, before तक, or right after the main balance', () => {
    const label = (text: string) => {
      const t = tokensOf(text);
      return validityEnds(t, mainBalance(t)?.token ?? null)?.token.text;
    };
    expect(label('valid till 30-08-2026')).toBe('30-08-2026');
    expect(label('वैध 30-08-2026 तक')).toBe('30-08-2026');
    expect(label('Main Bal:Rs.24.460,28-07-2027.')).toBe('28-07-2027');
    expect(label('Main Bal:Rs.24.460 Call 28-07-2027')).toBeUndefined();
  });
  it('reads the day of the event after "on" or "date", never the validity date', () => {
    const t = tokensOf('Recharge on 28 Dec successful, expires on 25 Jan 2027');
    const validity = validityEnds(t, null);
    expect(eventDate(t, validity?.token ?? null)?.token.text).toBe('28 Dec');
    expect(eventDate(tokensOf('expires on 25 Jan 2027'), tokensOf('expires on 25 Jan 2027').dates[0]!)).toBeNull();
    expect(eventDate(tokensOf('12-03-2026 को ₹20 काटे गए'), null)?.token.text).toBe('12-03-2026');
  });
});

describe('dataUsedMb', () => {
  it('reads the data a session used, in MB (reg 7(b))', () => {
    expect(dataUsedMb('Vol Used :0.06 MB')).toBe(0.06);
    expect(dataUsedMb('Consumed volume: 0.232MB')).toBe(0.232);
    expect(dataUsedMb('Your last call of 512Kb was charged')).toBe(0.5);
    expect(dataUsedMb('Balance Rs 5')).toBeNull();
  });
});
