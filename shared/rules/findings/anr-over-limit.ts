/**
 * anr_over_limit: an ANR deduction above Rs 20. The proviso to reg 12(1) caps each deduction at
 * "an amount not exceeding twenty rupees", whatever the operator publishes.
 */
import { TWENTY_RUPEES } from '../money';
import type { AnrDeductionEvent } from '../types';
import type { Finding } from './finding-codes';

/** The finding for one recorded deduction, or null when it is within Rs 20. */
export function anrOverLimit(event: AnrDeductionEvent): Finding | null {
  if (event.amount <= TWENTY_RUPEES) return null;
  return {
    code: 'anr_over_limit', date: event.date, regulation: 'reg 12(1) proviso', certainty: 'clear', breach: true,
    refund: event.amount - TWENTY_RUPEES, restore: false,
    params: { amount: event.amount, limit: TWENTY_RUPEES },
  };
}
