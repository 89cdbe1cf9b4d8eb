/** Small builders for the findings tests: a prepaid SIM since 1 Jan 2026 and its events, amounts in paise. */
import type { SimEvent, SimFacts } from '../../../../shared/rules/types';

export const prepaid: SimFacts = { connection: 'prepaid', since: '2026-01-01' };
export const postpaid: SimFacts = { connection: 'postpaid', since: '2026-01-01' };

export const call = (date: string): SimEvent => ({ type: 'activity', kind: 'call_out', date });
export const balance = (date: string, amount: number): SimEvent => ({ type: 'balance', date, amount });
export const topup = (date: string, amount: number): SimEvent => ({ type: 'recharge', voucher: 'topup', date, amount });
export const anr = (date: string, amount = 2000, smsReceived?: boolean): SimEvent =>
  (smsReceived === undefined ? { type: 'anr_deduction', date, amount } : { type: 'anr_deduction', date, amount, smsReceived });
export const deactivated = (date: string): SimEvent => ({ type: 'deactivated', date });
export const reactivated = (date: string, fee?: number): SimEvent => (fee === undefined ? { type: 'reactivated', date } : { type: 'reactivated', date, fee });
export const custody = (date: string, months: number, amount: number): SimEvent => ({ type: 'safe_custody', date, months, amount });
