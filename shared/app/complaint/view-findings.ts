/**
 * The findings of one SIM as the screens show them (regs 11-15, see shared/rules/findings), and the
 * one a complaint link names by its code and date.
 */
import type { IsoDate } from '../../rules/dates';
import { findingsOf } from '../../rules/findings/findings-of';
import type { Finding } from '../../rules/findings/finding-codes';
import type { SimView } from '../../views/sim-views';

/** Every finding of the SIM's record up to today. */
export function viewFindings(view: Pick<SimView, 'sim' | 'events'>, today: IsoDate): Finding[] {
  return findingsOf(view.sim, view.sim.policy, view.events, today);
}

/** The finding a complaint link names, or the first one when the link names none; null when there is none. */
export function findingNamed(findings: readonly Finding[], code: string | null, date: string | null): Finding | null {
  if (code === null && date === null) return findings[0] ?? null;
  return findings.find((f) => f.code === code && f.date === date) ?? null;
}
