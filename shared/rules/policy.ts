/**
 * An operator's policy under Chapter IV, its regulatory floor, and the bounds each value must keep.
 * A policy outside the bounds is still accepted (it is what the operator does), but every breach is
 * named with the regulation that sets the bound, so the user can complain with the right citation.
 */
import type { ActivityKind, Flag, Policy } from './types';
import { TWENTY_RUPEES } from './money';

/** Reg 2(aa): the activities the regulation itself names. */
export const REGULATORY_ACTIVITY_KINDS: ActivityKind[] = [
  'call_out', 'call_in', 'video_out', 'video_in', 'sms_out', 'data', 'vas', 'rental',
];

/** The regulatory floor: the least protection TRAI allows an operator to give. */
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  nonUsageDays: 90, // reg 11
  anrCharge: TWENTY_RUPEES, // reg 12(1) proviso
  anrThreshold: TWENTY_RUPEES, // reg 12(1)
  anrExtensionDays: 30, // reg 12(2)
  graceDays: 15, // reg 14(1)
  reactivationFee: TWENTY_RUPEES, // reg 14(1)
  safeCustodyCharge: 15000, // reg 13(2): Rs 150 per three months or part
  activityKinds: REGULATORY_ACTIVITY_KINDS,
  incomingGraceDays: null,
  suspensionDays: null,
});

interface Bound {
  field: keyof Policy;
  regulation: string;
  breaks: (policy: Policy) => boolean;
  message: string;
}

/** Each bound with the regulation that sets it. */
export const POLICY_BOUNDS: readonly Bound[] = [
  {
    field: 'nonUsageDays', regulation: 'reg 11',
    breaks: (p) => p.nonUsageDays < 90,
    message: 'A prepaid connection may not be deactivated for non-usage of less than 90 days.',
  },
  {
    field: 'anrCharge', regulation: 'reg 12(1) proviso',
    breaks: (p) => p.anrCharge > TWENTY_RUPEES,
    message: 'An ANR deduction may not exceed Rs 20.',
  },
  {
    field: 'anrThreshold', regulation: 'reg 12(1)',
    breaks: (p) => p.anrThreshold > TWENTY_RUPEES,
    message: 'No deactivation while the balance exceeds Rs 20 (or a lesser amount the operator sets).',
  },
  {
    field: 'anrExtensionDays', regulation: 'reg 12(2)',
    breaks: (p) => p.anrExtensionDays < 30,
    message: 'Each ANR deduction extends the non-usage period by 30 days.',
  },
  {
    field: 'graceDays', regulation: 'reg 14(1)',
    breaks: (p) => p.graceDays < 15,
    message: 'A deactivated number must be held for at least 15 days.',
  },
  {
    field: 'reactivationFee', regulation: 'reg 14(1)',
    breaks: (p) => p.reactivationFee > TWENTY_RUPEES,
    message: 'Reactivation within the grace period may cost at most Rs 20.',
  },
  {
    field: 'safeCustodyCharge', regulation: 'reg 13(2)',
    breaks: (p) => p.safeCustodyCharge > 15000,
    message: 'Safe custody may cost at most Rs 150 for every three months or part.',
  },
  {
    field: 'activityKinds', regulation: 'reg 2(aa)',
    breaks: (p) => REGULATORY_ACTIVITY_KINDS.some((kind) => !p.activityKinds.includes(kind)),
    message: 'Calls and video calls (in or out), outgoing SMS, data, VAS and rental payment always count as activity.',
  },
];

/** Every regulatory bound this policy breaks. An empty list means it is within the regulations. */
export function policyBreaches(policy: Policy): Flag[] {
  return POLICY_BOUNDS.filter((bound) => bound.breaks(policy)).map((bound) => ({
    code: 'policy_out_of_bounds',
    field: bound.field,
    regulation: bound.regulation,
    message: bound.message,
  }));
}

/**
 * Every field of a policy, by the kind of value it holds: the one list that the store, backup
 * files, `npm run rules` and the SIM form read (checked in shared/validation/policy.ts).
 */
export const POLICY_FIELDS = {
  /** Whole days, at least 1 (regs 11, 12(2), 14(1)). */
  days: ['nonUsageDays', 'anrExtensionDays', 'graceDays'],
  /** Paise, zero or more (regs 12(1), 13(2), 14(1)). */
  money: ['anrCharge', 'anrThreshold', 'reactivationFee', 'safeCustodyCharge'],
  /** Whole days or null: the operator's plan clock, which the regulation does not set. */
  optionalDays: ['incomingGraceDays', 'suspensionDays'],
} as const satisfies Record<string, readonly (keyof Policy)[]>;

/** Every key of a policy, in the order of POLICY_FIELDS, activity kinds last. */
export const POLICY_KEYS: readonly (keyof Policy)[] = [
  ...POLICY_FIELDS.days, ...POLICY_FIELDS.money, ...POLICY_FIELDS.optionalDays, 'activityKinds',
];

/** The default policy with the given values laid over it. */
export function withPolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, activityKinds: [...DEFAULT_POLICY.activityKinds], ...overrides };
}
