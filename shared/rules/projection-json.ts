/**
 * A projection as JSON for people and checks: amounts in rupees, everything else as it is.
 * The fields of `npm run rules` are a contract; add fields, never rename them.
 */
import { paiseToRupees } from './money';
import type { PostpaidProjection, PrepaidProjection, Projection } from './types';
import { riskOf } from './risk';

function riskJson(projection: Projection) {
  const risk = riskOf(projection);
  return {
    level: risk.level,
    daysLeft: risk.daysLeft,
    next: risk.next && { kind: risk.next.kind, date: risk.next.date, clock: risk.next.clock, regulation: risk.next.regulation },
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
    flags: p.flags,
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
    flags: p.flags,
  };
}

export function projectionJson(projection: Projection) {
  return projection.connection === 'prepaid' ? prepaidJson(projection) : postpaidJson(projection);
}
