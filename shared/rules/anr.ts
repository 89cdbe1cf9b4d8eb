/**
 * Automatic Number Retention (reg 12).
 * On a liable day the operator may deduct up to Rs 20 to extend the non-usage period by 30 days
 * (reg 12(1) proviso, 12(2)), but only while the balance exceeds the threshold: exactly Rs 20.00 is
 * not "an amount exceeding twenty rupees" (reg 12(1)). The balance must also cover the charge.
 * Deductions already made are not refunded when activity follows (Explanatory Memorandum para 5).
 */
import type { Policy } from './types';
import type { Paise } from './money';

/** Whether ANR can extend the period today rather than the connection being deactivated. */
export function anrCanExtend(balance: Paise, policy: Policy): boolean {
  return balance > policy.anrThreshold && balance >= policy.anrCharge;
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
