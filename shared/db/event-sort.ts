/**
 * The order events apply in: by date, then the order they were recorded (seq), then id so that
 * any tie (two devices' events merged by a backup) settles the same way everywhere.
 * Matches shared/rules/event-order.ts, which keeps same-date events in the order given.
 */
import type { EventRecord } from './types';

export function compareEvents(a: EventRecord, b: EventRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
