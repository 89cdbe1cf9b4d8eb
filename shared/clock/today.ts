/**
 * "Today" for the whole app: the user's local calendar date, not UTC. At 1 am in India the UTC
 * date is still yesterday, and a deadline "today" must mean the day on the user's wall calendar.
 */
import type { IsoDate } from '../../shared/rules/dates';

/** The local calendar date of an instant, 'YYYY-MM-DD'. */
export function localDateOf(instant: Date): IsoDate {
  const y = instant.getFullYear();
  const m = instant.getMonth() + 1;
  const d = instant.getDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Today's local date; the app computes it once when it opens (and again when it comes back to view). */
export function localToday(): IsoDate {
  return localDateOf(new Date());
}
