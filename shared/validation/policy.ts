/**
 * The check of a policy's shape and bounds, shared by the store, backup files (money in paise) and
 * `npm run rules` (money in rupees). A policy below the regulatory floor is still accepted (it is
 * what the operator does; shared/rules/policy.ts policyBreaches names the regulation it breaks),
 * but every value must be a number that can be true of a SIM: whole days up to ten years, money up
 * to Rs 1,00,000, activity kinds the regulation knows (reg 2(aa)).
 */
import { POLICY_FIELDS } from '../rules/policy';
import { ACTIVITY_KINDS, type ActivityKind, type Policy } from '../rules/types';
import { MAX_POLICY_DAYS } from './bounds';
import { collectErrors } from './collect-errors';
import { amountOrZero, asObject, list, oneOf, wholeNumber, type MoneyUnit } from './checks';

interface PolicyReading {
  /** How its money is written. */
  unit: MoneyUnit;
  /** The values of the fields left out (a scenario's policy overrides the regulatory floor). */
  base?: Policy;
}

function activityKinds(value: unknown, field: string): ActivityKind[] {
  // Each kind is checked as text before anything prints it: a nested list is refused here, not
  // stringified into "Maximum call stack size exceeded".
  const kinds = list(value, field).map((kind, i) => oneOf(kind, ACTIVITY_KINDS, `${field}[${i}]`));
  return [...new Set(kinds)];
}

/** A clean policy holding exactly the policy's fields, or a ValidationError naming 'policy.graceDays'. */
export function checkPolicy(value: unknown, field: string, reading: PolicyReading): Policy {
  const fields = asObject(value, field);
  const at = (key: keyof Policy) => `${field}.${key}`;
  // Every field's problem at once (collect-errors.ts): a form marks them all.
  const errors = collectErrors();
  const given = <K extends keyof Policy>(key: K, check: (raw: unknown) => Policy[K]): Policy[K] =>
    (fields[key] === undefined && reading.base ? reading.base[key] : errors.check(() => check(fields[key])));
  const policy = {} as Record<keyof Policy, unknown>;
  for (const key of POLICY_FIELDS.days) policy[key] = given(key, (v) => wholeNumber(v, at(key), 1, MAX_POLICY_DAYS));
  for (const key of POLICY_FIELDS.money) policy[key] = given(key, (v) => amountOrZero(v, at(key), reading.unit));
  for (const key of POLICY_FIELDS.optionalDays) {
    policy[key] = given(key, (v) => (v === null ? null : wholeNumber(v, at(key), 0, MAX_POLICY_DAYS)));
  }
  policy.activityKinds = given('activityKinds', (v) => activityKinds(v, at('activityKinds')));
  errors.done();
  return policy as Policy;
}
