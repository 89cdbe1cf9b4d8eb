/**
 * Which rules flags the SIM page lists under "Things to check". A flag about a recorded event (an
 * ANR deduction, a reactivation fee or a safe custody charge above the policy) is also a finding
 * (shared/rules/findings), and the finding is the one that tells a breach of regs 12-14 from a
 * charge above the operator's own tariff but within the regulation's limit: showing the flag
 * beside it said the same thing twice, and called a ₹15 fee under a ₹10 policy a breach of reg 14,
 * which allows ₹20. So the page lists only flags about the policy itself (those name a `field`).
 */
import type { Flag } from '../rules/types';

export function flagsToShow(flags: readonly Flag[]): Flag[] {
  return flags.filter((flag) => flag.date === undefined);
}
