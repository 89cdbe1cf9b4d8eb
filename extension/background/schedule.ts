/**
 * When the background should wake next, decided from the store alone, so that it can be decided
 * again on every start: the service worker can be stopped at any time and Chrome may clear alarms
 * (an update, a crash). Two alarms, as uBlock Origin Lite keeps one for its earliest job: one on
 * the morning of the next reminder (the same reminders and lead times as the PWA, from
 * shared/rules/reminders.ts), and a daily check that catches whatever changed since.
 *
 * Pure: no chrome.*, no clock; `now` and `today` are arguments (alarms.ts sets the alarms).
 */
import { addDays, type IsoDate } from '../../shared/rules/dates';
import { remindersOf } from '../../shared/rules/reminders';
import type { EventRecord, SimRecord } from '../../shared/db/index';
import { simViewOf } from '../../shared/views/sim-views';

export const REMINDER_ALARM = 'next-reminder';
export const DAILY_ALARM = 'daily-check';
/** Reminders ring at 9 am local time: early enough to act that day, late enough not to wake anyone. */
export const RING_HOUR = 9;
export const DAY_MINUTES = 24 * 60;

export interface ScheduleInputs {
  sims: readonly SimRecord[];
  eventsBySim: ReadonlyMap<string, readonly EventRecord[]>;
  leadDays: readonly number[];
  today: IsoDate;
  /** The current instant (ms since the epoch), for the alarms' times. */
  now: number;
}

export interface AlarmPlan {
  /** When to ring the next reminder after today's (ms), or null when none is ahead. */
  nextReminder: number | null;
  /** The next daily check (ms); it repeats every day after. */
  dailyCheck: number;
}

/** The instant of `hour`:00 local time on `date`. */
export function atLocalHour(date: IsoDate, hour: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour).getTime();
}

/**
 * The first day after today on which a reminder falls due, over every SIM. Today's are not
 * counted: the check that runs with this plan shows them now.
 */
export function nextReminderDate(inputs: Omit<ScheduleInputs, 'now'>): IsoDate | null {
  let next: IsoDate | null = null;
  for (const sim of inputs.sims) {
    const { projection } = simViewOf(sim, inputs.eventsBySim.get(sim.id) ?? [], inputs.today);
    for (const reminder of remindersOf(projection, inputs.leadDays)) {
      if (reminder.remindOn <= inputs.today) continue;
      if (next === null || reminder.remindOn < next) next = reminder.remindOn;
      break; // remindersOf is in date order
    }
  }
  return next;
}

export function planAlarms(inputs: ScheduleInputs): AlarmPlan {
  const next = nextReminderDate(inputs);
  const todayAtRing = atLocalHour(inputs.today, RING_HOUR);
  return {
    nextReminder: next === null ? null : atLocalHour(next, RING_HOUR),
    dailyCheck: inputs.now < todayAtRing ? todayAtRing : atLocalHour(addDays(inputs.today, 1), RING_HOUR),
  };
}
