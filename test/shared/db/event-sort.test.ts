import { describe, expect, it } from 'vitest';
import { compareEvents } from '../../../shared/db/event-sort';
import type { EventRecord } from '../../../shared/db/types';

const event = (id: string, date: string, seq: number): EventRecord =>
  ({ id, simId: 's', source: 'manual', seq, type: 'deactivated', date, updatedAt: '2026-03-01T00:00:00.000Z' });

describe('compareEvents', () => {
  it('orders by date first, whatever the seq', () => {
    expect([event('b', '2026-03-02', 1), event('a', '2026-03-01', 9)].sort(compareEvents).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('orders same-date events by the order they were recorded', () => {
    expect([event('a', '2026-03-01', 5), event('b', '2026-03-01', 2)].sort(compareEvents).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('settles a tie of date and seq by id, the same way on every device', () => {
    expect([event('z', '2026-03-01', 1), event('y', '2026-03-01', 1)].sort(compareEvents).map((e) => e.id)).toEqual(['y', 'z']);
  });
});
