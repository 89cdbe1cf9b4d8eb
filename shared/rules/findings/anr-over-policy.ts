/**
 * anr_over_policy: a deduction above the operator's own published ANR charge, though within the
 * Rs 20 of reg 12(1) proviso. Not a breach of the regulation (the proviso lets the operator
 * specify any charge up to Rs 20), but the operator's tariff is the ground to ask for the excess back.
 */
import { TWENTY_RUPEES } from '../money';
import type { AnrDeductionEvent, Policy } from '../types';
import type { Finding } from './finding-codes';

/** The finding for one recorded deduction, or null when it is within the operator's charge, or over Rs 20 (anr_over_limit says that). */
export function anrOverPolicy(event: AnrDeductionEvent, policy: Policy): Finding | null {
  if (event.amount <= policy.anrCharge || event.amount > TWENTY_RUPEES) return null;
  return {
    code: 'anr_over_policy', date: event.date, regulation: 'reg 12(1) proviso', certainty: 'clear', breach: false,
    refund: event.amount - policy.anrCharge, restore: false,
    params: { amount: event.amount, charge: policy.anrCharge },
  };
}
