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
import { validateSimInput } from '../../db/validate';
import { ValidationError } from '../../validation/validation-error';
import { POLICY_KEYS } from '../../rules/policy';
import { fieldErrorOf, formErrorsOf, type FieldErrors } from './field-error';
import { moneyProblem, wholeNumberProblem } from './typed-number';

/** The fields an error can be shown next to; any other shows at the top of the form. */
export const SIM_FORM_FIELDS = ['label', 'number', 'operator', 'connection', 'since', 'circle', 'colour', ...POLICY_KEYS.map((key) => `policy.${key}`)];

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
    else if (Number.isNaN(n)) errors[`policy.${field}`] = wholeNumberProblem(values[field], 1);
    else if (n < 1) errors[`policy.${field}`] = fieldErrorOf('out_of_range', { min: 1, max: MAX_POLICY_DAYS });
    else policy[field] = n;
  }
  for (const field of POLICY_FIELDS.money) {
    const paise = parseRupees(values[field]);
    if (paise === null) errors[`policy.${field}`] = fieldErrorOf('required');
    else if (Number.isNaN(paise)) errors[`policy.${field}`] = moneyProblem(values[field]);
    else policy[field] = paise;
  }
  for (const field of POLICY_FIELDS.optionalDays) {
    const n = parseWholeNumber(values[field]);
    if (Number.isNaN(n)) errors[`policy.${field}`] = wholeNumberProblem(values[field], 0);
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

/**
 * Every problem of the form at once (issue 7, item 2): the boxes that are not numbers, and the
 * store's own checks of the rest (an empty name, a number that is not a mobile number, a date
 * after today), so that one Save marks them all. Empty when the form can be saved.
 */
export function simFormErrors(values: SimFormValues, today: IsoDate): FieldErrors {
  const policy = policyOf(values.policy);
  const errors: FieldErrors = {};
  try {
    // A policy that is not yet numbers is checked as the preset's: its own boxes are marked already.
    validateSimInput({ ...simFields(values), policy: policy.ok ? policy.value : presetFor(values.operator).policy }, today);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    Object.assign(errors, formErrorsOf(error, SIM_FORM_FIELDS));
  }
  return policy.ok ? errors : { ...errors, ...policy.errors };
}

function simFields(values: SimFormValues): Omit<SimInput, 'policy'> {
  return {
    label: values.label, number: values.number, operator: values.operator, connection: values.connection,
    since: values.since, circle: values.circle.trim(), colour: values.colour,
  };
}

export function simInputOf(values: SimFormValues): Parsed<SimInput> {
  const policy = policyOf(values.policy);
  if (!policy.ok) return policy;
  return {
    ok: true,
    value: { ...simFields(values), policy: policy.value },
  };
}

/** True when the policy is the operator's preset exactly (the SIM page says whether the user changed it). */
export function isPresetPolicy(operator: Operator, policy: Policy): boolean {
  const preset = presetFor(operator).policy;
  const sameKinds = preset.activityKinds.length === policy.activityKinds.length
    && preset.activityKinds.every((kind) => policy.activityKinds.includes(kind));
  return sameKinds && (Object.keys(preset) as (keyof Policy)[]).every((key) => key === 'activityKinds' || preset[key] === policy[key]);
}
