/**
 * anr_sms_missing: a deduction the user records as having come with no SMS. reg 15(3) requires the
 * operator to tell the consumer, by SMS, the amount, the purpose and the balance after every ANR
 * deduction.
 */
import type { AnrDeductionEvent } from '../types';
import type { Finding } from './finding-codes';

/** The finding when the deduction is recorded with `smsReceived: false`, else null. */
export function anrSmsMissing(event: AnrDeductionEvent): Finding | null {
  if (event.smsReceived !== false) return null;
  return {
    code: 'anr_sms_missing', date: event.date, regulation: 'reg 15(3)', certainty: 'clear', breach: true,
    refund: 0, restore: false, params: { amount: event.amount },
  };
}
