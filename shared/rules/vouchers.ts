/**
 * What a recharge adds to the prepaid balance, by voucher kind (reg 2 definitions, reg 4).
 * - Top Up Voucher (reg 2(s)): its whole value is monetary value, unless the user says otherwise
 *   (processing fee and tax may make the credited amount smaller).
 * - Plan Voucher (reg 2(j)) and Special Tariff Voucher (reg 2(o)) add no monetary value.
 * - Combo Voucher (reg 2(ca)) adds the monetary value it states; we know it only if the user tells us.
 * Since the Twelfth Amendment (2024) special tariff and combo vouchers may run up to 365 days, so a
 * validity is accepted on any voucher and is not capped here.
 */
import type { RechargeEvent } from './types';
import type { Paise } from './money';

/** The money a recharge adds to the balance: what the user says, else by voucher kind (above). */
export function monetaryValueOf(recharge: RechargeEvent): Paise {
  if (recharge.monetaryValue !== undefined) return recharge.monetaryValue;
  return recharge.voucher === 'topup' ? recharge.amount : 0;
}

/** Reg 4(2) as amended in 2024: the longest validity a special tariff or combo voucher may carry. */
export const MAX_VOUCHER_VALIDITY_DAYS = 365;
