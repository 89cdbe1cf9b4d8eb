/**
 * A projection as JSON for people and checks: amounts in rupees, everything else as it is.
 * The fields of `npm run rules` are a contract; add fields, never rename them. Each flag keeps the
 * English `message` it always had, now written from the same words the app shows (shared/i18n).
 */
import { paiseToRupees } from '../rules/money';
import { FLAG_PARAMS, type Flag } from '../rules/flag-codes';
import type { Closure, PostpaidProjection, PrepaidProjection, Projection } from '../rules/types';
import { riskOf } from '../rules/risk';
import { describeFlag } from '../i18n/describe-flag';
import { FINDING_PARAMS, type Finding } from '../rules/findings/finding-codes';
import { describeFinding } from '../i18n/describe-finding';

function riskJson(projection: Projection) {
  const risk = riskOf(projection);
  return {
    level: risk.level,
    daysLeft: risk.daysLeft,
    next: risk.next && { kind: risk.next.kind, date: risk.next.date, clock: risk.next.clock, regulation: risk.next.regulation },
  };
}

/** A flag's parameters with its amounts in rupees, like every other amount of the output. */
function paramsJson(flag: Flag): Record<string, number> {
  const kinds: Readonly<Record<string, string>> = FLAG_PARAMS[flag.code];
  const entries = Object.entries(flag.params) as [string, number][];
  return Object.fromEntries(entries.map(([name, value]) => [name, kinds[name] === 'paise' ? paiseToRupees(value) : value]));
}

function flagJson(flag: Flag) {
  return {
    code: flag.code,
    ...(flag.date !== undefined && { date: flag.date }),
    ...(flag.field !== undefined && { field: flag.field }),
    regulation: flag.regulation,
    message: describeFlag(flag, 'en', { withYear: true }),
    params: paramsJson(flag),
  };
}

/**
 * A finding as the command line prints it: code, date, regulation, certainty, whether the regulation
 * (not only the operator's tariff) is broken, what to ask (refund in rupees, restore), the English
 * sentence, and its parameters with amounts in rupees.
 */
function findingJson(finding: Finding) {
  const kinds: Readonly<Record<string, string>> = FINDING_PARAMS[finding.code];
  const entries = Object.entries(finding.params) as [string, number | string][];
  return {
    code: finding.code,
    date: finding.date,
    regulation: finding.regulation,
    certainty: finding.certainty,
    breach: finding.breach,
    refund: paiseToRupees(finding.refund),
    restore: finding.restore,
    message: describeFinding(finding, 'en', { withYear: true }),
    params: Object.fromEntries(entries.map(([name, value]) => [name, kinds[name] === 'paise' ? paiseToRupees(value as number) : value])),
  };
}

/**
 * Once the operator has closed its services (closure.ts): the day, and the refund in rupees. Absent
 * otherwise, so the output of every other history is as it always was.
 */
function closureJson(closure: Closure | undefined) {
  if (closure === undefined) return {};
  const { refund } = closure;
  return {
    closedOn: closure.closedOn,
    refund: {
      due: paiseToRupees(refund.due), basis: refund.basis, certainty: refund.certainty, readOn: refund.readOn,
      received: paiseToRupees(refund.received), outstanding: paiseToRupees(refund.outstanding),
      claimedOn: refund.claimedOn, refundedOn: refund.refundedOn,
    },
  };
}

function prepaidJson(p: PrepaidProjection) {
  return {
    state: p.state,
    lastActivity: p.lastActivity,
    nonUsageEnds: p.nonUsageEnds,
    balance: paiseToRupees(p.balance),
    anrDeductions: p.anrDeductions.map((d) => ({
      date: d.date, amount: paiseToRupees(d.amount), balanceAfter: paiseToRupees(d.balanceAfter), observed: d.observed,
    })),
    deactivation: p.deactivation,
    graceEnds: p.graceEnds,
    connection: p.connection,
    today: p.today,
    deactivationObserved: p.deactivationObserved,
    nextLiable: p.nextLiable,
    plan: p.plan,
    risk: riskJson(p),
    flags: p.flags.map(flagJson),
    ...closureJson(p.closure),
  };
}

function postpaidJson(p: PostpaidProjection) {
  return {
    state: p.state,
    lastActivity: p.lastActivity,
    protectedUntil: p.protectedUntil,
    protectedBy: p.protectedBy,
    nextActionBy: p.nextActionBy,
    safeCustody: p.safeCustody && {
      ...p.safeCustody, amount: paiseToRupees(p.safeCustody.amount), maxCharge: paiseToRupees(p.safeCustody.maxCharge),
    },
    advanceRentThrough: p.advanceRentThrough,
    rentalDue: p.rentalDue,
    restorationWithinHours: p.restorationWithinHours,
    connection: p.connection,
    today: p.today,
    risk: riskJson(p),
    flags: p.flags.map(flagJson),
    ...closureJson(p.closure),
  };
}

/** The projection as `npm run rules` prints it, with the findings of the record beside the flags. */
export function projectionJson(projection: Projection, findings: readonly Finding[] = []) {
  const json = projection.connection === 'prepaid' ? prepaidJson(projection) : postpaidJson(projection);
  return { ...json, findings: findings.map(findingJson) };
}
