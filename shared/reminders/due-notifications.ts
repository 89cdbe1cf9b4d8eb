/**
 * Which notifications to show now, decided purely from the SIMs, their events, what was already
 * shown, snoozed or dismissed, the settings and today's date. reminder-check.ts does the showing
 * (through each app's Notifier) and the recording; this file only decides, so it is tested
 * without a browser, and both apps remind with the same words at the same lead times.
 *
 * A notification never names the phone number: only the SIM's label (the lock screen is public).
 */
import type { IsoDate } from '../rules/dates';
import { project } from '../rules/project';
import { dueReminders, type Reminder } from '../rules/reminders';
import { compareRisk, riskOf, type RiskLevel } from '../rules/risk';
import type { Closure, Policy, Projection, SimEvent, SimFacts } from '../rules/types';
import { refundReminderDay } from '../rules/closure';
import type { Operator } from '../db/types';
import { describeDeadline, reminderTitle } from '../i18n/describe-deadline';
import { formatDate, formatMoney, type Lang } from '../i18n/format';
import { translator } from '../i18n/translate';
import { backupDue, type BackupSettings } from './backup-due';

/** What a notification needs of a SIM: no number, by construction. */
export interface NotifiableSim extends SimFacts {
  id: string;
  label: string;
  policy: Policy;
  /** Named in the refund reminder of an operator that closed (closure.ts). */
  operator?: Operator;
}

export interface ReminderStateLike {
  id: string;
  status: 'shown' | 'snoozed' | 'dismissed';
  /** For 'snoozed': the day it may show again. */
  until?: IsoDate;
}

export interface NotificationSettings extends BackupSettings {
  language: Lang;
  leadDays: readonly number[];
}

export interface DueNotification {
  /** The reminder-state id, also the notification's tag: `${simId}:${reminder.id}`, or 'backup:YYYY-MM'. */
  id: string;
  /** The SIM it is about, or '' for the app-wide backup reminder. */
  simId: string;
  title: string;
  body: string;
  /** Where a click takes the user, relative to the app's scope. */
  url: string;
  /** The deadline's date, or today for the backup reminder: the order to show them in. */
  date: IsoDate;
}

export interface DueInputs {
  sims: readonly NotifiableSim[];
  eventsBySim: ReadonlyMap<string, readonly SimEvent[]>;
  states: readonly ReminderStateLike[];
  settings: NotificationSettings;
  today: IsoDate;
}

export interface DueDecision {
  /** Due and never shown (nor dismissed, nor snoozed past today): show these now. */
  toShow: DueNotification[];
  /** SIMs with a reminder due today that the user has not dismissed or snoozed: the app badge. */
  badgeCount: number;
  /** The most urgent risk among those SIMs (the badge's colour), or null when the count is 0. */
  badgeLevel: RiskLevel | null;
}

/** The reminder-state id of a SIM's reminder: the rules' id names only kind, date and lead. */
export function reminderStateId(simId: string, reminder: Reminder): string {
  return `${simId}:${reminder.id}`;
}

/**
 * The reminder-state id of a closed operator's refund reminder: one per cycle of
 * REFUND_REMINDER_DAYS (closure.ts), so "Done" quiets this month's, and the next comes a month later.
 */
export function refundReminderId(simId: string, day: IsoDate): string {
  return `${simId}:refund_outstanding:${day}`;
}

/** Whether a reminder id is a refund reminder's: it offers no "I used it today" (the operator is gone). */
export function isRefundReminderId(id: string): boolean {
  return id.includes(':refund_outstanding:');
}

/** The app's link to a SIM's page, relative to its scope. */
export function simUrl(simId: string): string {
  return `./#/sim/${encodeURIComponent(simId)}`;
}

/** True when the user asked not to see this reminder (again) today. */
function isHeld(state: ReminderStateLike | undefined, today: IsoDate): boolean {
  if (!state) return false;
  if (state.status === 'snoozed') return state.until === undefined || state.until > today;
  return state.status === 'dismissed';
}

/**
 * The backup reminder, at most once a calendar month while a backup is due (backup-due.ts, the
 * same rule home's nudge follows).
 */
export function dueBackupReminder(inputs: DueInputs): DueNotification | null {
  const { settings, today } = inputs;
  if (backupDue(settings, inputs.sims.length, today) === null) return null;
  // Its words are in shared/i18n ('reminder.backup.*'), with every other string of the app.
  const t = translator(settings.language);
  return {
    id: `backup:${today.slice(0, 7)}`, simId: '', title: t('reminder.backup.title'), body: t('reminder.backup.body'), url: './#/settings', date: today,
  };
}

/**
 * The refund reminder of a SIM whose operator closed, due today (closure.ts: a month after the
 * closure, then monthly while some refund is outstanding), or null.
 */
export function dueRefundReminder(sim: NotifiableSim, closure: Closure, settings: NotificationSettings, today: IsoDate): DueNotification | null {
  const day = refundReminderDay(closure, today);
  if (day === null) return null;
  const t = translator(settings.language);
  const operator = t(`operator.${sim.operator ?? 'other'}`);
  const amount = formatMoney(closure.refund.outstanding, settings.language);
  return {
    id: refundReminderId(sim.id, day),
    simId: sim.id,
    title: t('reminder.title.refund', { label: sim.label, amount, operator }),
    body: t('reminder.body.refund', { operator, date: formatDate(closure.closedOn, settings.language, { today }) }),
    url: simUrl(sim.id),
    date: day,
  };
}

/** The reminders of one SIM's projection due today: its deadlines, or a closed operator's refund. */
function dueForSim(sim: NotifiableSim, projection: Projection, settings: NotificationSettings, today: IsoDate): DueNotification[] {
  if (projection.closure) {
    const refund = dueRefundReminder(sim, projection.closure, settings, today);
    return refund === null ? [] : [refund];
  }
  return dueReminders(projection, today, settings.leadDays).map((reminder) => ({
    id: reminderStateId(sim.id, reminder),
    simId: sim.id,
    title: reminderTitle(sim.label, reminder, settings.language, today),
    body: describeDeadline(reminder.deadline, settings.language, today),
    url: simUrl(sim.id),
    date: reminder.deadline.date,
  }));
}

/** What to show now, most pressing first, and the badge count. */
export function decideNotifications(inputs: DueInputs): DueDecision {
  const { today, settings } = inputs;
  const states = new Map(inputs.states.map((state) => [state.id, state]));
  const toShow: DueNotification[] = [];
  let badgeCount = 0;
  let badgeRisk: ReturnType<typeof riskOf> | null = null;
  for (const sim of inputs.sims) {
    const projection = project(sim, sim.policy, inputs.eventsBySim.get(sim.id) ?? [], today);
    let needsAttention = false;
    for (const due of dueForSim(sim, projection, settings, today)) {
      const state = states.get(due.id);
      if (isHeld(state, today)) continue;
      needsAttention = true;
      if (state?.status === 'shown') continue;
      toShow.push(due);
    }
    if (!needsAttention) continue;
    badgeCount += 1;
    const risk = riskOf(projection);
    if (badgeRisk === null || compareRisk(risk, badgeRisk) < 0) badgeRisk = risk;
  }
  toShow.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const backup = dueBackupReminder(inputs);
  if (backup && !states.has(backup.id)) toShow.push(backup);
  return { toShow, badgeCount, badgeLevel: badgeRisk?.level ?? null };
}
