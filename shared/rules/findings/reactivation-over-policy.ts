/**
 * reactivation_over_policy: a reactivation fee above the operator's own, though within the Rs 20
 * of reg 14(1). Not a breach of the regulation; the operator's tariff is the ground to ask back.
 */
import { TWENTY_RUPEES } from '../money';
import type { Policy, ReactivatedEvent } from '../types';
import type { Finding } from './finding-codes';

/** The finding for a recorded reactivation, or null when within the operator's fee, or over Rs 20. */
export function reactivationOverPolicy(event: ReactivatedEvent, policy: Policy): Finding | null {
  if (event.fee === undefined || event.fee <= policy.reactivationFee || event.fee > TWENTY_RUPEES) return null;
  return {
    code: 'reactivation_over_policy', date: event.date, regulation: 'reg 14(1)', certainty: 'clear', breach: false,
    refund: event.fee - policy.reactivationFee, restore: false,
    params: { fee: event.fee, policyFee: policy.reactivationFee },
  };
}
