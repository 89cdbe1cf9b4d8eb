/**
 * An operator's policy under Chapter IV (regs 11-14, with the activities of reg 2(aa)), its
 * regulatory floor, and the bounds each value must keep.
 * A policy outside the bounds is still accepted (it is what the operator does), but every breach is
 * named with the regulation that sets the bound, so the user can complain with the right citation.
 */
import { ACTIVITY_KINDS, type ActivityKind, type Flag, type Policy } from './types';
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

const WHOLE_DAY_FIELDS = ['nonUsageDays', 'anrExtensionDays', 'graceDays'] as const;
const PAISE_FIELDS = ['anrCharge', 'anrThreshold', 'reactivationFee', 'safeCustodyCharge'] as const;
const OPTIONAL_DAY_FIELDS = ['incomingGraceDays', 'suspensionDays'] as const;

/**
 * Checks that a policy is well formed (whole days, whole non-negative paise, known activity kinds).
 * Returns the first problem as a message naming the field, or null. Bounds are not checked here:
 * see policyBreaches.
 */
export function policyShapeError(policy: Policy): string | null {
  for (const field of WHOLE_DAY_FIELDS) {
    const value = policy[field];
    if (!Number.isInteger(value) || value < 1) return `policy.${field} must be a whole number of days, at least 1`;
  }
  for (const field of PAISE_FIELDS) {
    const value = policy[field];
    if (!Number.isInteger(value) || value < 0) return `policy.${field} must be an amount of zero or more`;
  }
  for (const field of OPTIONAL_DAY_FIELDS) {
    const value = policy[field];
    if (value !== null && (!Number.isInteger(value) || value < 0)) return `policy.${field} must be a whole number of days or null`;
  }
  if (!Array.isArray(policy.activityKinds)) return 'policy.activityKinds must be a list';
  const unknown = policy.activityKinds.find((kind) => !(ACTIVITY_KINDS as readonly string[]).includes(kind));
  if (unknown !== undefined) return `policy.activityKinds has an unknown kind "${String(unknown)}"`;
  return null;
}

/** The default policy with the given values laid over it. */
export function withPolicy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, activityKinds: [...DEFAULT_POLICY.activityKinds], ...overrides };
}
