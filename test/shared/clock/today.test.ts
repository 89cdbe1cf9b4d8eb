import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../shared/clock/today';

describe('localDateOf', () => {
  it('reads the calendar date on the local wall clock, not in UTC', () => {
    // new Date(y, m, d, h) is local time: 00:30 on 1 Jan locally is still 1 Jan, whatever the zone.
    expect(localDateOf(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localDateOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('pads months and days to two digits', () => {
    expect(localDateOf(new Date(2026, 2, 5, 12))).toBe('2026-03-05');
  });
});
