import { describe, expect, it } from 'vitest';
import { dateOf, findDates } from '../../../shared/sms/dates';

const read = (text: string, received?: string, lean: 'past' | 'future' = 'past') =>
  findDates(text).map((token) => dateOf(token, received, lean));

describe('findDates', () => {
  it('reads day-first numeric dates with dashes, slashes and dots, and two-digit years', () => {
    expect(read('30-08-2026 21/09/2021 19.05.2015 27-08-18')).toEqual(['2026-08-30', '2021-09-21', '2015-05-19', '2018-08-27']);
  });
  it('reads ISO dates', () => {
    expect(read('can be used till 2015-05-24')).toEqual(['2015-05-24']);
  });
  it('reads dates with the month by name, before or after the day', () => {
    expect(read('Jun 19 2017, JUL 08 2015, 04JAN2016, 04-Jul-2027, 20 Nov 2026, 12-Dec-2026')).toEqual(
      ['2017-06-19', '2015-07-08', '2016-01-04', '2027-07-04', '2026-11-20', '2026-12-12']);
  });
  it('reads Hindi month names', () => {
    expect(read('17 दिसंबर 2026 तक, 5 अप्रैल 2026')).toEqual(['2026-12-17', '2026-04-05']);
  });
  it('ignores the time after a date', () => {
    expect(read('Account Exp Date 21/09/2021 23:59.')).toEqual(['2021-09-21']);
  });
  it('leaves out impossible dates', () => {
    expect(read('31-02-2026 and 29-02-2025')).toEqual([]);
  });
  it('does not take a figure with decimals or a duration for a date', () => {
    expect(findDates('Rs.0.125 for 00:03:07, 1.25p/2s')).toEqual([]);
  });
  it('does not read "Rs 20 may be deducted" as the 20th of May', () => {
    expect(findDates('Rs 20 may be deducted')).toEqual([]);
  });
});

describe('dateOf', () => {
  it('gives a past date without a year the year that puts it nearest before the received date', () => {
    expect(read('on 28 Dec', '2026-01-03')).toEqual(['2025-12-28']);
    expect(read('on 5th April', '2026-04-05')).toEqual(['2026-04-05']);
  });
  it('gives a future date without a year the year that puts it nearest after the received date', () => {
    expect(read('valid till 5th April', '2026-03-08', 'future')).toEqual(['2026-04-05']);
    expect(read('valid till 2 Jan', '2026-12-20', 'future')).toEqual(['2027-01-02']);
  });
  it('finds the nearest leap year for 29 February', () => {
    expect(read('on 29 Feb', '2026-01-10')).toEqual(['2024-02-29']);
  });
  it('leaves a date without a year out when the received date is not known', () => {
    expect(read('valid till 5th April')).toEqual([null]);
  });
  it('reads today, tomorrow, yesterday and आज against the received date', () => {
    expect(read('today tomorrow yesterday आज', '2026-02-28')).toEqual(['2026-02-28', '2026-03-01', '2026-02-27', '2026-02-28']);
    expect(read('today')).toEqual([null]);
  });
});
