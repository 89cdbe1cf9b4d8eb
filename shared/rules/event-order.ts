/**
 * Events apply in date order, and events of the same date in the order they were recorded.
 */
import type { SimEvent } from './types';

/** The events in the order the rules apply them. Returns the input itself when already in order. */
export function inApplyOrder<T extends Pick<SimEvent, 'date'>>(events: readonly T[]): readonly T[] {
  for (let i = 1; i < events.length; i++) {
    if (events[i - 1]!.date > events[i]!.date) {
      // Array.prototype.sort is stable, so same-date events keep their recorded order.
      return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    }
  }
  return events;
}
