/**
 * Risk for people: how many days remain to the next thing that costs money, service or the number,
 * which clock it is on (TRAI's regs 11-14 or the operator's plan), and how worried to be. During the
 * grace period of reg 14 every day counts, so a deactivated number is always urgent.
 */
import { daysBetween } from './dates';
import type { Projection } from './types';
import { deadlinesOf, type Deadline } from './deadlines';

export type RiskLevel = 'ok' | 'soon' | 'urgent' | 'lost';

export interface Risk {
  level: RiskLevel;
  /** The next deadline, or null when nothing is ahead (or the number is lost). */
  next: Deadline | null;
  /** Calendar days from today to it: 0 means today. */
  daysLeft: number | null;
}

/** Days left at which a deadline becomes urgent, and soon. */
export const URGENT_DAYS = 3;
export const SOON_DAYS = 14;

/**
 * The next deadline of a projection, the days left to it and how worried to be: 'urgent' within
 * 3 days (and all through the grace period of reg 14), 'soon' within 14, 'lost' once grace is over.
 * @example
 * // Activity on 1 Jan and no balance: the non-usage period of reg 11 ends on 1 Apr.
 * const projection = projectPrepaid({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [], '2026-03-29');
 * const risk = riskOf(projection);
 * //=> { level: 'urgent', daysLeft: 3, next: { kind: 'non_usage_ends', date: '2026-04-01', clock: 'trai',
 * //     regulation: 'reg 11', consequence: 'deactivation' } }
 */
export function riskOf(projection: Projection): Risk {
  if (projection.connection === 'prepaid' && projection.state === 'lost') return { level: 'lost', next: null, daysLeft: null };
  const next = deadlinesOf(projection)[0] ?? null;
  if (next === null) return { level: 'ok', next, daysLeft: null };
  const daysLeft = daysBetween(projection.today, next.date);
  const inGrace = projection.connection === 'prepaid' && projection.state === 'deactivated';
  const level: RiskLevel = inGrace || daysLeft <= URGENT_DAYS ? 'urgent' : daysLeft <= SOON_DAYS ? 'soon' : 'ok';
  return { level, next, daysLeft };
}

/** Orders SIMs most urgent first: lost numbers last (nothing left to do), then by days left. */
export function compareRisk(a: Risk, b: Risk): number {
  const rank = (r: Risk) => (r.level === 'lost' ? Number.MAX_SAFE_INTEGER : r.daysLeft ?? Number.MAX_SAFE_INTEGER - 1);
  return rank(a) - rank(b);
}
