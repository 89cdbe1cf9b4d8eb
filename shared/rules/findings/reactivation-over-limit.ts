/**
 * reactivation_over_limit: a reactivation fee above Rs 20. reg 14(1): during the grace period the
 * number is restored on request for a charge "not exceeding twenty rupees".
 */
import { TWENTY_RUPEES } from '../money';
import type { ReactivatedEvent } from '../types';
import type { Finding } from './finding-codes';

/** The finding for a recorded reactivation, or null when its fee is within Rs 20 or not recorded. */
export function reactivationOverLimit(event: ReactivatedEvent): Finding | null {
  if (event.fee === undefined || event.fee <= TWENTY_RUPEES) return null;
  return {
    code: 'reactivation_over_limit', date: event.date, regulation: 'reg 14(1)', certainty: 'clear', breach: true,
    refund: event.fee - TWENTY_RUPEES, restore: false,
    params: { fee: event.fee, limit: TWENTY_RUPEES },
  };
}
