/**
 * The add/edit SIM form as plain data: inputs as strings, policy money in rupees, and the
 * conversion to the store's SimInput with the regulatory bounds each value breaks.
 */
import type { Operator, SimInput, SimRecord } from '../../db';
import type { IsoDate } from '../../rules/dates';
import { policyBreaches } from '../../rules/policy';
import { presetFor } from '../../rules/presets';
import type { ActivityKind, Connection, Policy } from '../../rules/types';
import { parseRupees, parseWholeNumber, rupeesText } from '../../ui/money-text';
import type { FieldErrors } from './field-error';

export const DAY_FIELDS = ['nonUsageDays', 'anrExtensionDays', 'graceDays'] as const;
export const MONEY_FIELDS = ['anrCharge', 'anrThreshold', 'reactivationFee', 'safeCustodyCharge'] as const;
export const PLAN_FIELDS = ['incomingGraceDays', 'suspensionDays'] as const;
type DayField = (typeof DAY_FIELDS)[number];
type MoneyField = (typeof MONEY_FIELDS)[number];
type PlanField = (typeof PLAN_FIELDS)[number];

export type PolicyFormValues = Record<DayField | MoneyField | PlanField, string> & { activityKinds: ActivityKind[] };

export interface SimFormValues {
  label: string;
  number: string;
  operator: Operator;
  connection: Connection;
  since: IsoDate;
  circle: string;
  colour: string;
  policy: PolicyFormValues;
}

export function policyFormOf(policy: Policy): PolicyFormValues {
  return {
    nonUsageDays: String(policy.nonUsageDays),
    anrExtensionDays: String(policy.anrExtensionDays),
    graceDays: String(policy.graceDays),
    anrCharge: rupeesText(policy.anrCharge),
    anrThreshold: rupeesText(policy.anrThreshold),
    reactivationFee: rupeesText(policy.reactivationFee),
    safeCustodyCharge: rupeesText(policy.safeCustodyCharge),
    incomingGraceDays: policy.incomingGraceDays === null ? '' : String(policy.incomingGraceDays),
    suspensionDays: policy.suspensionDays === null ? '' : String(policy.suspensionDays),
    activityKinds: [...policy.activityKinds],
  };
}

export function newSimForm(today: IsoDate, colour: string): SimFormValues {
  return {
    label: '', number: '', operator: 'jio', connection: 'prepaid', since: today, circle: '', colour,
    policy: policyFormOf(presetFor('jio').policy),
  };
}

export function simFormOf(sim: SimRecord): SimFormValues {
  return {
    label: sim.label, number: sim.number, operator: sim.operator, connection: sim.connection, since: sim.since,
    circle: sim.circle, colour: sim.colour, policy: policyFormOf(sim.policy),
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The policy typed in the form, or the errors of the boxes that are not numbers. */
export function policyOf(values: PolicyFormValues): Parsed<Policy> {
  const errors: FieldErrors = {};
  const policy: Partial<Policy> = { activityKinds: [...values.activityKinds] };
  for (const field of DAY_FIELDS) {
    const n = parseWholeNumber(values[field]);
    if (n === null) errors[`policy.${field}`] = { key: 'err.required' };
    else if (Number.isNaN(n) || n < 1) errors[`policy.${field}`] = { key: 'err.atLeast', params: { min: 1 } };
    else policy[field] = n;
  }
  for (const field of MONEY_FIELDS) {
    const paise = parseRupees(values[field]);
    if (paise === null) errors[`policy.${field}`] = { key: 'err.required' };
    else if (Number.isNaN(paise)) errors[`policy.${field}`] = { key: 'err.money' };
    else policy[field] = paise;
  }
  for (const field of PLAN_FIELDS) {
    const n = parseWholeNumber(values[field]);
    if (Number.isNaN(n)) errors[`policy.${field}`] = { key: 'err.wholeNumber' };
    else policy[field] = n;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: policy as Policy };
}

/** The fields whose value breaks a regulatory bound (the form warns beside each; saving is allowed). */
export function breachedFields(values: PolicyFormValues): Set<string> {
  const parsed = policyOf(values);
  if (!parsed.ok) return new Set();
  return new Set(policyBreaches(parsed.value).map((flag) => flag.field ?? ''));
}

export function simInputOf(values: SimFormValues): Parsed<SimInput> {
  const policy = policyOf(values.policy);
  if (!policy.ok) return policy;
  return {
    ok: true,
    value: {
      label: values.label, number: values.number, operator: values.operator, connection: values.connection,
      since: values.since, circle: values.circle.trim(), colour: values.colour, policy: policy.value,
    },
  };
}

/** True when the policy is the operator's preset exactly (the SIM page says whether the user changed it). */
export function isPresetPolicy(operator: Operator, policy: Policy): boolean {
  const preset = presetFor(operator).policy;
  const sameKinds = preset.activityKinds.length === policy.activityKinds.length
    && preset.activityKinds.every((kind) => policy.activityKinds.includes(kind));
  return sameKinds && (Object.keys(preset) as (keyof Policy)[]).every((key) => key === 'activityKinds' || preset[key] === policy[key]);
}
