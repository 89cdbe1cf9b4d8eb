/**
 * An operator's policy under Chapter IV (regs 11-14, with the activities of reg 2(aa)), its
 * regulatory floor, and the bounds each value must keep.
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
}

/** Each bound with the regulation that sets it. The words are in shared/i18n (breach.<field>). */
export const POLICY_BOUNDS: readonly Bound[] = [
  { field: 'nonUsageDays', regulation: 'reg 11', breaks: (p) => p.nonUsageDays < 90 },
  { field: 'anrCharge', regulation: 'reg 12(1) proviso', breaks: (p) => p.anrCharge > TWENTY_RUPEES },
  { field: 'anrThreshold', regulation: 'reg 12(1)', breaks: (p) => p.anrThreshold > TWENTY_RUPEES },
  { field: 'anrExtensionDays', regulation: 'reg 12(2)', breaks: (p) => p.anrExtensionDays < 30 },
  { field: 'graceDays', regulation: 'reg 14(1)', breaks: (p) => p.graceDays < 15 },
  { field: 'reactivationFee', regulation: 'reg 14(1)', breaks: (p) => p.reactivationFee > TWENTY_RUPEES },
  { field: 'safeCustodyCharge', regulation: 'reg 13(2)', breaks: (p) => p.safeCustodyCharge > 15000 },
  { field: 'activityKinds', regulation: 'reg 2(aa)', breaks: (p) => REGULATORY_ACTIVITY_KINDS.some((kind) => !p.activityKinds.includes(kind)) },
];

/** Every regulatory bound this policy breaks. An empty list means it is within the regulations. */
export function policyBreaches(policy: Policy): Flag[] {
  return POLICY_BOUNDS.filter((bound) => bound.breaks(policy)).map((bound): Flag => ({
    code: 'policy_out_of_bounds',
    field: bound.field,
    regulation: bound.regulation,
    params: {},
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
