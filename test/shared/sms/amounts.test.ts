import { describe, expect, it } from 'vitest';
import { bareAmountAt, findAmounts, paiseOfFigure } from '../../../shared/sms/amounts';

const paise = (text: string) => findAmounts(text).map((a) => a.paise);

describe('paiseOfFigure', () => {
  it('reads whole rupees and two decimals exactly', () => {
    expect(paiseOfFigure('299')).toBe(29900);
    expect(paiseOfFigure('45.50')).toBe(4550);
  });
  it('rounds a third decimal half up to the paisa', () => {
    expect(paiseOfFigure('338.154')).toBe(33815);
    expect(paiseOfFigure('0.125')).toBe(13);
    expect(paiseOfFigure('8.672')).toBe(867);
    expect(paiseOfFigure('0.0300')).toBe(3);
  });
  it('drops Indian and Western thousands separators', () => {
    expect(paiseOfFigure('1,00,000')).toBe(10_000_000);
    expect(paiseOfFigure('1,499.00')).toBe(149_900);
  });
  it('refuses what is not a plain figure', () => {
    expect(paiseOfFigure('12a')).toBeNull();
    expect(paiseOfFigure('')).toBeNull();
  });
});

describe('findAmounts', () => {
  it('reads the currency before the figure in every way operators write it', () => {
    expect(paise('Rs.299 Rs 20 Rs:338.154 INR 20 ₹1,899 रु 50 रुपये 10')).toEqual([29900, 2000, 33815, 2000, 189900, 5000, 1000]);
  });
  it('reads the currency after the figure', () => {
    expect(paise('Bal: 8.672Rs. cost 0.96INR, left 46.77 INR, 20 रुपये, Rs 20/- and 30/-')).toEqual([867, 96, 4677, 2000, 2000, 3000]);
  });
  it('does not take "rs" inside a word for rupees', () => {
    expect(paise('for 3 hours 5 users 20')).toEqual([]);
  });
  it('stops a figure at a comma that is followed by a date, not a thousands group', () => {
    expect(paise('Main Bal:Rs.24.460,28-07-2027')).toEqual([2446]);
  });
  it('does not read a negative figure as money', () => {
    expect(paise('BALANCE=RS.-5.99')).toEqual([]);
  });
  it('gives each amount its place in the text', () => {
    const [token] = findAmounts('Bal Rs 112.96.');
    expect(token).toMatchObject({ start: 4, end: 13, marked: true, text: 'Rs 112.96' });
  });
});

describe('bareAmountAt', () => {
  it('reads a figure without a currency sign right after a label', () => {
    expect(bareAmountAt('Main Bal:0.500.', 8)?.paise).toBe(50);
    expect(bareAmountAt('Bal_Left= 70.997', 8)?.paise).toBe(7100);
  });
  it('does not take a duration, a data volume or a number of days for money', () => {
    expect(bareAmountAt('charge for 00:03:07', 6)).toBeNull();
    expect(bareAmountAt('Balance 46Mb', 7)).toBeNull();
    expect(bareAmountAt('Balance 28 days', 7)).toBeNull();
  });
});
