/**
 * The grace period after deactivation (reg 14(1)): the number is not given to anyone else for at
 * least 15 days, and during that time it can be reactivated for at most Rs 20.
 */
import { addDays, type IsoDate } from './dates';
import type { Flag, Policy } from './types';
import type { Paise } from './money';

/** The last day the number can be reactivated. */
export function graceEndsOn(deactivation: IsoDate, policy: Policy): IsoDate {
  return addDays(deactivation, policy.graceDays);
}

/** A flag when a reactivation cost more than the policy (and reg 14) allows. */
export function reactivationFeeFlag(date: IsoDate, fee: Paise | undefined, policy: Policy): Flag | null {
  if (fee === undefined || fee <= policy.reactivationFee) return null;
  return { code: 'reactivation_overcharged', date, regulation: 'reg 14(1)', params: { fee, maxFee: policy.reactivationFee } };
}
