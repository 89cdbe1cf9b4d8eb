/**
 * Calendar entries for every deadline ahead of each SIM, in the user's language.
 *
 * UIDs are stable across exports even when a deadline's date moves (the user used the SIM, so the
 * non-usage period now ends later): they name the SIM, the kind of deadline and its ordinal among
 * that SIM's deadlines of that kind, never the date. Importing a newer file then updates the
 * events already in the calendar instead of adding copies. (An event whose deadline no longer
 * exists, say a third ANR deduction after a recharge, stays in the calendar until deleted by hand:
 * a calendar file cannot remove what it does not list.)
 *
 * Only the SIM's label goes into the file, never its number: a calendar is often synced to a
 * server and shared.
 */
import { deadlinesOf, type Deadline } from '../rules/deadlines';
import type { Reminder } from '../rules/reminders';
import type { Projection } from '../rules/types';
import { describeDeadline, reminderTitle } from '../i18n/describe-deadline';
import type { Lang } from '../i18n/format';
import { buildCalendar, type CalendarEntry } from './ics';

/** What a calendar needs of a SIM: no number, by construction. */
export interface CalendarSim {
  id: string;
  label: string;
}

export const UID_DOMAIN = 'sim-keeper.local';

/** `${simId}-${kind}-${ordinal}@sim-keeper.local`, ordinal counting from 1 in date order. */
export function deadlineUid(simId: string, deadline: Deadline, ordinal: number): string {
  return `${simId}-${deadline.kind}-${ordinal}@${UID_DOMAIN}`;
}

function asReminderOnTheDay(deadline: Deadline): Reminder {
  return { id: `${deadline.kind}:${deadline.date}:0`, deadline, lead: 0, remindOn: deadline.date };
}

/** The entries of one SIM's deadlines, earliest first. */
export function entriesForSim(sim: CalendarSim, projection: Projection, lang: Lang, leadDays: readonly number[]): CalendarEntry[] {
  const ordinals = new Map<string, number>();
  const alarms = [...new Set(leadDays)].filter((lead) => Number.isInteger(lead) && lead >= 0);
  return deadlinesOf(projection).map((deadline) => {
    const ordinal = (ordinals.get(deadline.kind) ?? 0) + 1;
    ordinals.set(deadline.kind, ordinal);
    return {
      uid: deadlineUid(sim.id, deadline, ordinal),
      date: deadline.date,
      // Read on the day of the event, so "today" is right.
      summary: reminderTitle(sim.label, asReminderOnTheDay(deadline), lang, deadline.date),
      description: describeDeadline(deadline, lang, projection.today),
      alarms,
    };
  });
}

/** Entries for every SIM that has a projection, earliest first (SIMs in the order given on one day). */
export function calendarForSims(
  sims: readonly CalendarSim[],
  projectionsById: ReadonlyMap<string, Projection>,
  lang: Lang,
  leadDays: readonly number[],
): CalendarEntry[] {
  const entries = sims.flatMap((sim) => {
    const projection = projectionsById.get(sim.id);
    return projection ? entriesForSim(sim, projection, lang, leadDays) : [];
  });
  // A stable sort keeps each SIM's own order (and the given SIM order) within a day.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The file name of an export: 'sim-keeper-deadlines.ics', or with the SIM's label for one SIM. */
export function calendarFileName(sim?: CalendarSim): string {
  if (!sim) return 'sim-keeper-deadlines.ics';
  const slug = sim.label.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `sim-keeper-${slug || 'sim'}.ics`;
}

/** The whole .ics text for these SIMs, stamped now (`stamp`, an ISO timestamp). */
export function deadlineCalendar(
  sims: readonly CalendarSim[],
  projectionsById: ReadonlyMap<string, Projection>,
  lang: Lang,
  leadDays: readonly number[],
  stamp: string,
): string {
  return buildCalendar(calendarForSims(sims, projectionsById, lang, leadDays), { stamp, name: 'SIM Keeper' });
}
