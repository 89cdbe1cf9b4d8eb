/**
 * A scenario as people and outside checks write it (amounts in rupees), read into the rules' own
 * types (paise), with an error that names the field when anything is wrong.
 *
 * {"today", "sim": {"connection", "since"}, "policy"?: partial policy in rupees and days,
 *  "events": [{"type", "date", ...}]}
 */
import { isIsoDate, type IsoDate } from './dates';
import { rupeesToPaise, type Paise } from './money';
import { policyShapeError, withPolicy } from './policy';
import {
  ACTIVITY_KINDS, EVENT_TYPES, VOUCHER_KINDS, type Policy, type SimEvent, type SimFacts,
} from './types';

export interface Scenario {
  today: IsoDate;
  sim: SimFacts;
  policy: Policy;
  events: SimEvent[];
}

export class ScenarioError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ScenarioError';
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function date(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new ScenarioError(field, 'must be a real date written YYYY-MM-DD');
  return value;
}

function amount(value: unknown, field: string, { allowZero = false } = {}): Paise {
  const paise = rupeesToPaise(value);
  if (paise === null) throw new ScenarioError(field, 'must be an amount in rupees with at most two decimals');
  if (paise < 0 || (!allowZero && paise === 0)) throw new ScenarioError(field, allowZero ? 'must not be negative' : 'must be more than zero');
  return paise;
}

function wholeNumber(value: unknown, field: string, min: number): number {
  if (!Number.isInteger(value) || (value as number) < min) throw new ScenarioError(field, `must be a whole number, at least ${min}`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) throw new ScenarioError(field, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function optional<T>(raw: Json, key: string, read: (value: unknown) => T): T | undefined {
  return raw[key] === undefined ? undefined : read(raw[key]);
}

function readEvent(raw: unknown, at: string, today: IsoDate): SimEvent {
  if (!isObject(raw)) throw new ScenarioError(at, 'must be an object');
  const type = oneOf(raw.type, EVENT_TYPES, `${at}.type`);
  const eventDate = date(raw.date, `${at}.date`);
  if (eventDate > today) throw new ScenarioError(`${at}.date`, `is after today (${today}): events cannot be in the future`);
  const field = (name: string) => `${at}.${name}`;
  switch (type) {
    case 'activity':
      return { type, date: eventDate, kind: oneOf(raw.kind, ACTIVITY_KINDS, field('kind')) };
    case 'recharge': {
      const event: SimEvent = { type, date: eventDate, amount: amount(raw.amount, field('amount')), voucher: oneOf(raw.voucher, VOUCHER_KINDS, field('voucher')) };
      const monetaryValue = optional(raw, 'monetaryValue', (v) => amount(v, field('monetaryValue'), { allowZero: true }));
      const validityDays = optional(raw, 'validityDays', (v) => wholeNumber(v, field('validityDays'), 1));
      const validityEnds = optional(raw, 'validityEnds', (v) => date(v, field('validityEnds')));
      return {
        ...event,
        ...(monetaryValue !== undefined && { monetaryValue }),
        ...(validityDays !== undefined && { validityDays }),
        ...(validityEnds !== undefined && { validityEnds }),
      };
    }
    case 'balance':
      return { type, date: eventDate, amount: amount(raw.amount, field('amount'), { allowZero: true }) };
    case 'anr_deduction':
      return { type, date: eventDate, amount: amount(raw.amount, field('amount')) };
    case 'deactivated':
      return { type, date: eventDate };
    case 'reactivated': {
      const fee = optional(raw, 'fee', (v) => amount(v, field('fee'), { allowZero: true }));
      return fee === undefined ? { type, date: eventDate } : { type, date: eventDate, fee };
    }
    case 'safe_custody':
      return { type, date: eventDate, months: wholeNumber(raw.months, field('months'), 1), amount: amount(raw.amount, field('amount'), { allowZero: true }) };
    case 'advance_rent':
      return { type, date: eventDate, through: date(raw.through, field('through')) };
  }
}

const POLICY_DAY_FIELDS = ['nonUsageDays', 'anrExtensionDays', 'graceDays'] as const;
const POLICY_MONEY_FIELDS = ['anrCharge', 'anrThreshold', 'reactivationFee', 'safeCustodyCharge'] as const;
const POLICY_PLAN_FIELDS = ['incomingGraceDays', 'suspensionDays'] as const;
const POLICY_FIELDS: readonly string[] = [...POLICY_DAY_FIELDS, ...POLICY_MONEY_FIELDS, ...POLICY_PLAN_FIELDS, 'activityKinds'];

function readPolicy(raw: unknown): Policy {
  if (raw === undefined) return withPolicy();
  if (!isObject(raw)) throw new ScenarioError('policy', 'must be an object');
  const unknownField = Object.keys(raw).find((key) => !POLICY_FIELDS.includes(key));
  if (unknownField) throw new ScenarioError(`policy.${unknownField}`, 'is not a policy field');
  const overrides: Partial<Policy> = {};
  for (const key of POLICY_DAY_FIELDS) if (raw[key] !== undefined) overrides[key] = wholeNumber(raw[key], `policy.${key}`, 1);
  for (const key of POLICY_MONEY_FIELDS) if (raw[key] !== undefined) overrides[key] = amount(raw[key], `policy.${key}`, { allowZero: true });
  for (const key of POLICY_PLAN_FIELDS) {
    if (raw[key] !== undefined) overrides[key] = raw[key] === null ? null : wholeNumber(raw[key], `policy.${key}`, 0);
  }
  if (raw.activityKinds !== undefined) {
    if (!Array.isArray(raw.activityKinds)) throw new ScenarioError('policy.activityKinds', 'must be a list');
    overrides.activityKinds = raw.activityKinds.map((kind, i) => oneOf(kind, ACTIVITY_KINDS, `policy.activityKinds[${i}]`));
  }
  const policy = withPolicy(overrides);
  const shapeError = policyShapeError(policy);
  if (shapeError) throw new ScenarioError('policy', shapeError);
  return policy;
}

/** Reads one scenario, or throws a ScenarioError naming the first field that is wrong. */
export function readScenario(raw: unknown): Scenario {
  if (!isObject(raw)) throw new ScenarioError('scenario', 'must be a JSON object');
  const today = date(raw.today, 'today');
  if (!isObject(raw.sim)) throw new ScenarioError('sim', 'must be an object with connection and since');
  const connection = oneOf(raw.sim.connection, ['prepaid', 'postpaid'] as const, 'sim.connection');
  const since = date(raw.sim.since, 'sim.since');
  if (since > today) throw new ScenarioError('sim.since', `is after today (${today})`);
  const policy = readPolicy(raw.policy);
  if (raw.events !== undefined && !Array.isArray(raw.events)) throw new ScenarioError('events', 'must be a list');
  const events = ((raw.events as unknown[] | undefined) ?? []).map((event, i) => readEvent(event, `events[${i}]`, today));
  return { today, sim: { connection, since }, policy, events };
}
