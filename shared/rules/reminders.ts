/**
 * The dated reminders the apps raise from a projection: before the end of the non-usage period,
 * each projected ANR deduction, a deactivation, the end of grace, the operator's plan clock, and
 * the end of safe custody or advance rent. Each deadline is reminded at every lead time. Operators
 * must tell the user these terms (reg 15(1)); reminding at the right time is what makes them usable.
 */
import { addDays, type IsoDate } from './dates';
import type { Projection } from './types';
import { deadlinesOf, type Deadline } from './deadlines';

/** Days before a deadline to remind: two weeks, one week, three days, the day before, the day itself. */
export const DEFAULT_LEAD_DAYS: readonly number[] = [14, 7, 3, 1, 0];

export interface Reminder {
  /** Stable across runs, so that a reminder is shown once: kind, deadline and lead. */
  id: string;
  deadline: Deadline;
  lead: number;
  remindOn: IsoDate;
}

/** Every reminder of every deadline ahead, in the order they fall due. */
export function remindersOf(projection: Projection, leadDays: readonly number[] = DEFAULT_LEAD_DAYS): Reminder[] {
  const leads = [...new Set(leadDays)].sort((a, b) => b - a);
  const out: Reminder[] = [];
  for (const deadline of deadlinesOf(projection)) {
    for (const lead of leads) {
      out.push({ id: `${deadline.kind}:${deadline.date}:${lead}`, deadline, lead, remindOn: addDays(deadline.date, -lead) });
    }
  }
  return out.sort((a, b) => (a.remindOn < b.remindOn ? -1 : a.remindOn > b.remindOn ? 1 : 0));
}

/**
 * The reminders to raise today: for each deadline not yet passed, only the nearest lead time
 * already reached (someone who opens the app three days out needs one nudge, not three).
 */
export function dueReminders(projection: Projection, today: IsoDate, leadDays: readonly number[] = DEFAULT_LEAD_DAYS): Reminder[] {
  const latestByDeadline = new Map<string, Reminder>();
  for (const reminder of remindersOf(projection, leadDays)) {
    if (reminder.remindOn > today || reminder.deadline.date < today) continue;
    latestByDeadline.set(`${reminder.deadline.kind}:${reminder.deadline.date}`, reminder);
  }
  return [...latestByDeadline.values()];
}
