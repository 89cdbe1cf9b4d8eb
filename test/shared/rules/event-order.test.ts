import { describe, expect, it } from 'vitest';
import { inApplyOrder } from '../../../shared/rules/event-order';

describe('the order events apply in', () => {
  it('is by date, keeping the recorded order of events on one date', () => {
    const events = [{ date: '2026-01-02', n: 1 }, { date: '2026-01-01', n: 2 }, { date: '2026-01-02', n: 3 }, { date: '2026-01-01', n: 4 }];
    expect(inApplyOrder(events).map((e) => e.n)).toEqual([2, 4, 1, 3]);
  });
  it('returns events already in order untouched, without copying them', () => {
    const events = [{ date: '2026-01-01' }, { date: '2026-01-01' }, { date: '2026-01-03' }];
    expect(inApplyOrder(events)).toBe(events);
  });
  it('does not reorder the caller\'s array', () => {
    const events = [{ date: '2026-01-02' }, { date: '2026-01-01' }];
    inApplyOrder(events);
    expect(events[0]?.date).toBe('2026-01-02');
  });
});
