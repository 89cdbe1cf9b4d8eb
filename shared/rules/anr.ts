/**
 * Automatic Number Retention (reg 12).
 * On a liable day the operator may deduct up to Rs 20 to extend the non-usage period by 30 days
 * (reg 12(1) proviso, 12(2)), but only while the balance exceeds the threshold: exactly Rs 20.00 is
 * not "an amount exceeding twenty rupees" (reg 12(1)).
 * Deductions already made are not refunded when activity follows (Explanatory Memorandum para 5).
 */
import type { Flag, Policy } from './types';
import type { Paise } from './money';
import type { IsoDate } from './dates';

/**
 * Whether ANR extends the period on a liable day rather than the connection being deactivated.
 * Reg 12(1) forbids deactivation for non-usage while the balance exceeds the threshold, whatever
 * the charge: a balance above the threshold always extends.
 */
export function anrCanExtend(balance: Paise, policy: Policy): boolean {
  return balance > policy.anrThreshold;
}

/**
 * What the operator may deduct on a liable day when ANR extends the period: its charge, but never
 * more than the balance holds.
 * Why: where the operator sets its threshold below its charge (threshold Rs 10, charge Rs 20) a
 * balance between the two (Rs 15) exceeds the threshold, so reg 12(1) forbids deactivation, yet it
 * cannot pay the charge. The proviso to reg 12(1) caps the deduction ("not exceeding twenty
 * rupees, as may be specified"); it does not make the charge a minimum, and a prepaid account cannot
 * go below zero. So the operator may take at most what is there, and the period is extended by 30
 * days (reg 12(2)). We project that most, the user's worst case for money; the next liable day then
 * finds nothing above the threshold and is the deactivation, the same day a smaller deduction down
 * to the threshold would give. The policy itself is flagged (anrThresholdFlag).
 */
export function anrDeductionFrom(balance: Paise, policy: Policy): Paise {
  return Math.min(policy.anrCharge, balance);
}

/**
 * A flag when the threshold is below the charge: a balance between the two keeps the number
 * (reg 12(1)) but cannot pay the charge the policy states, so the policy contradicts itself.
 */
export function anrThresholdFlag(policy: Policy): Flag | null {
  if (policy.anrThreshold >= policy.anrCharge) return null;
  return {
    code: 'anr_threshold_below_charge', field: 'anrThreshold', regulation: 'reg 12(1)',
    params: { threshold: policy.anrThreshold, charge: policy.anrCharge },
  };
}

/**
 * A flag when an observed deduction (the SMS of reg 15(3)) took more than the policy's charge.
 */
export function anrOverchargeFlag(date: IsoDate, amount: Paise, policy: Policy): Flag | null {
  if (amount <= policy.anrCharge) return null;
  return { code: 'anr_overcharged', date, regulation: 'reg 12(1) proviso', params: { amount, charge: policy.anrCharge } };
}

/**
 * Whether an observed deduction (the SMS of reg 15(3)) takes the place of a projected one: the
 * projection guessed a deduction within the 30 days before the one the operator actually made.
 * A projection a full 30 days earlier belongs to the window before, and did happen.
 */
export function observedReplacesProjected(projectedDay: number, observedDay: number, policy: Policy): boolean {
  return projectedDay <= observedDay && projectedDay > observedDay - policy.anrExtensionDays;
}

/** A balance never goes below zero: a deduction the user saw from a balance we did not know leaves 0. */
export function balanceAfterDeduction(balance: Paise, amount: Paise): Paise {
  return Math.max(0, balance - amount);
}
