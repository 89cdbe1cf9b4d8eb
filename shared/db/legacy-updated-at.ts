/**
 * The updatedAt of an event from before version 3 (a v2 store, a version 1 backup file), which
 * kept no time of change. It is the event's own date at midnight UTC: derived from the event alone,
 * so the same old event gets the same stamp on every device and in every file, and any change made
 * since (stamped with the real time) is newer.
 */
import type { EventContent } from './types';

export function legacyUpdatedAt(event: Pick<EventContent, 'date'>): string {
  return `${event.date}T00:00:00.000Z`;
}
