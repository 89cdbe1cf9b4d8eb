/**
 * safe_custody_over_limit: safe custody charged above Rs 150 for every three months or part of
 * them (reg 13(2)), whatever the operator publishes.
 */
import type { SafeCustodyEvent } from '../types';
import { maxSafeCustodyCharge } from '../safe-custody';
import { DEFAULT_POLICY } from '../policy';
import type { Finding } from './finding-codes';

/** The finding for one recorded safe custody request, or null when within reg 13(2). */
export function safeCustodyOverLimit(event: SafeCustodyEvent): Finding | null {
  const limit = maxSafeCustodyCharge(event.months, DEFAULT_POLICY);
  if (event.amount <= limit) return null;
  return {
    code: 'safe_custody_over_limit', date: event.date, regulation: 'reg 13(2)', certainty: 'clear', breach: true,
    refund: event.amount - limit, restore: false,
    params: { months: event.months, amount: event.amount, limit },
  };
}
