/**
 * The add/edit SIM form as plain data: inputs as strings, policy money in rupees, and the
 * conversion to the store's SimInput with the regulatory bounds each value breaks.
 */
import type { Operator, SimInput, SimRecord } from '../../db';
import type { IsoDate } from '../../rules/dates';
import { POLICY_FIELDS, policyBreaches } from '../../rules/policy';
import { MAX_POLICY_DAYS } from '../../validation/bounds';
import { presetFor } from '../../rules/presets';
import type { ActivityKind, Connection, Policy } from '../../rules/types';
import { parseRupees, parseWholeNumber, rupeesText } from '../../ui/money-text';
import { fieldErrorOf, type FieldErrors } from './field-error';

type NumberField = (typeof POLICY_FIELDS)[keyof typeof POLICY_FIELDS][number];

export type PolicyFormValues = Record<NumberField, string> & { activityKinds: ActivityKind[] };

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
  for (const field of POLICY_FIELDS.days) {
    const n = parseWholeNumber(values[field]);
    if (n === null) errors[`policy.${field}`] = fieldErrorOf('required');
    else if (Number.isNaN(n) || n < 1) errors[`policy.${field}`] = fieldErrorOf('out_of_range', { min: 1, max: MAX_POLICY_DAYS });
    else policy[field] = n;
  }
  for (const field of POLICY_FIELDS.money) {
    const paise = parseRupees(values[field]);
    if (paise === null) errors[`policy.${field}`] = fieldErrorOf('required');
    else if (Number.isNaN(paise)) errors[`policy.${field}`] = fieldErrorOf('not_money');
    else policy[field] = paise;
  }
  for (const field of POLICY_FIELDS.optionalDays) {
    const n = parseWholeNumber(values[field]);
    if (Number.isNaN(n)) errors[`policy.${field}`] = fieldErrorOf('not_whole_number');
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
