/**
 * Every dated thing ahead of a SIM that costs money, service or the number, from either clock:
 * TRAI's (regs 11-14) or the operator's plan clock (plan-clock.ts, not law).
 */
import type { IsoDate } from './dates';
import type { Paise } from './money';
import type { PostpaidProjection, PrepaidProjection, Projection } from './types';

export type DeadlineKind =
  | 'non_usage_ends' // reg 11: the first liable day; ANR deduction or deactivation follows
  | 'anr_deduction' // reg 12: a projected deduction
  | 'deactivation' // reg 11/12: projected deactivation
  | 'grace_ends' // reg 14: last day to reactivate
  | 'outgoing_barred' // plan clock
  | 'incoming_barred' // plan clock
  | 'suspension' // plan clock
  | 'protection_ends'; // reg 13: safe custody or advance rent

export type Clock = 'trai' | 'plan';

export interface Deadline {
  kind: DeadlineKind;
  date: IsoDate;
  clock: Clock;
  /** The regulation behind it, or null for the operator's plan clock. */
  regulation: string | null;
  /** For ANR deductions (and a non-usage end that leads to one): amount and balance after. */
  amount?: Paise;
  balanceAfter?: Paise;
  /** For a non-usage end: what happens on that day if nothing is done. */
  consequence?: 'anr_deduction' | 'deactivation';
}

/** How much a deadline matters when two fall on one day: the number first, then money, then service. */
const SEVERITY: Record<DeadlineKind, number> = {
  grace_ends: 0, deactivation: 1, suspension: 2, non_usage_ends: 3, anr_deduction: 4,
  protection_ends: 5, incoming_barred: 6, outgoing_barred: 7,
};

/** Orders deadlines by date, and those of one day by how much they matter (SEVERITY). */
export function byDateThenSeverity(a: Deadline, b: Deadline): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return SEVERITY[a.kind] - SEVERITY[b.kind];
}

function prepaidDeadlines(p: PrepaidProjection): Deadline[] {
  const out: Deadline[] = [];
  const future = p.anrDeductions.filter((d) => !d.observed && d.date >= p.today);
  // The first liable day is told as the end of the non-usage period only while the SIM is active;
  // in ANR a deduction or deactivation on that day is told as itself, never dropped.
  const firstStep = p.state === 'active' && p.nonUsageEnds >= p.today ? p.nonUsageEnds : null;
  for (const d of future) {
    if (d.date === firstStep) continue; // told as the end of the non-usage period
    out.push({ kind: 'anr_deduction', date: d.date, clock: 'trai', regulation: 'reg 12', amount: d.amount, balanceAfter: d.balanceAfter });
  }
  if (firstStep !== null) {
    const deduction = future.find((d) => d.date === firstStep);
    out.push({
      kind: 'non_usage_ends', date: firstStep, clock: 'trai', regulation: 'reg 11',
      consequence: deduction ? 'anr_deduction' : 'deactivation',
      ...(deduction && { amount: deduction.amount, balanceAfter: deduction.balanceAfter }),
    });
  }
  if (p.deactivation !== null && !p.deactivationObserved && p.deactivation >= p.today && p.deactivation !== firstStep) {
    out.push({ kind: 'deactivation', date: p.deactivation, clock: 'trai', regulation: 'reg 12(2)' });
  }
  if (p.graceEnds !== null && p.graceEnds >= p.today) {
    out.push({ kind: 'grace_ends', date: p.graceEnds, clock: 'trai', regulation: 'reg 14(1)' });
  }
  if (p.state !== 'lost') out.push(...planDeadlines(p));
  return out;
}

function planDeadlines(p: PrepaidProjection): Deadline[] {
  const plan: [DeadlineKind, IsoDate | null][] = [
    ['outgoing_barred', p.plan.outgoingBarredFrom],
    ['incoming_barred', p.plan.incomingBarredFrom],
    ['suspension', p.plan.suspension],
  ];
  return plan
    .filter((entry): entry is [DeadlineKind, IsoDate] => entry[1] !== null && entry[1] >= p.today)
    .map(([kind, date]) => ({ kind, date, clock: 'plan' as const, regulation: null }));
}

function postpaidDeadlines(p: PostpaidProjection): Deadline[] {
  if (p.protectedUntil === null || p.protectedUntil < p.today) return [];
  return [{ kind: 'protection_ends', date: p.protectedUntil, clock: 'trai', regulation: p.protectedBy === 'safe_custody' ? 'reg 13(2)' : 'reg 13(4)' }];
}

/** Every deadline from today on, earliest (and, on one day, most serious) first. */
export function deadlinesOf(projection: Projection): Deadline[] {
  // A closed operator no longer serves the SIM: nothing of regs 11-14 lies ahead (closure.ts).
  if (projection.state === 'closed') return [];
  const list = projection.connection === 'prepaid' ? prepaidDeadlines(projection) : postpaidDeadlines(projection);
  return list.sort(byDateThenSeverity);
}
