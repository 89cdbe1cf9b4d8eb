import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, earlierOf, fromDayNumber, isIsoDate, laterOf, toDayNumber } from '../../../shared/rules/dates';

describe('calendar dates', () => {
  it('adds 90 days to 2026-01-01 to give 2026-04-01', () => expect(addDays('2026-01-01', 90)).toBe('2026-04-01'));
  it('crosses leap days correctly', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });
  it('goes backwards for negative days', () => expect(addDays('2026-03-01', -1)).toBe('2026-02-28'));
  it('counts calendar days between two dates', () => {
    expect(daysBetween('2026-11-22', '2026-12-02')).toBe(10);
    expect(daysBetween('2026-12-02', '2026-11-22')).toBe(-10);
  });
  it('round-trips every day number over four centuries', () => {
    // One assertion over the whole range: 21,000 expect() calls took seconds on a loaded machine.
    const wrong: number[] = [];
    for (let day = -30000; day < 120000; day += 7) if (toDayNumber(fromDayNumber(day)) !== day) wrong.push(day);
    expect(wrong).toEqual([]);
  });
  it('puts 1970-01-01 at day zero', () => expect(toDayNumber('1970-01-01')).toBe(0));
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', '2026-04-31', '', 20260101, null]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
  it('adds months clamped to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('picks the later and the earlier date, treating null as none', () => {
    expect(laterOf('2026-01-01', '2026-02-01')).toBe('2026-02-01');
    expect(laterOf(null, '2026-02-01')).toBe('2026-02-01');
    expect(earlierOf('2026-01-01', '2026-02-01')).toBe('2026-01-01');
    expect(earlierOf('2026-01-01', null)).toBe('2026-01-01');
  });
});
