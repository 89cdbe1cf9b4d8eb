/**
 * The checks of one event's own fields (type, date and what its type carries), shared by the store,
 * backup files (money in paise) and `npm run rules` (money in rupees). Records are of the past:
 * only a recharge's validity and advance rent's "through" may reach ahead (reg 4, reg 13).
 */
import type { IsoDate } from '../rules/dates';
import { ACTIVITY_KINDS, EVENT_TYPES, VOUCHER_KINDS, type SimEvent } from '../rules/types';
import { MAX_VOUCHER_VALIDITY_DAYS } from '../rules/vouchers';
import { MAX_SAFE_CUSTODY_MONTHS } from './bounds';
import { collectErrors } from './collect-errors';
import {
  amount, amountOrZero, boolean, dateFrom, oneOf, optional, pastDate, wholeNumber, withoutUndefined,
  type Fields, type MoneyUnit,
} from './checks';

type EventBody = (fields: Fields, on: IsoDate, unit: MoneyUnit) => SimEvent;

/** One builder per event type of shared/rules/types.ts: each copies exactly its own fields. */
const EVENT_BODIES: Record<SimEvent['type'], EventBody> = {
  activity: (f, on) => ({ type: 'activity', date: on, kind: oneOf(f.kind, ACTIVITY_KINDS, 'kind') }),
  recharge: (f, on, unit) => withoutUndefined({
    type: 'recharge' as const,
    date: on,
    amount: amount(f.amount, 'amount', unit),
    voucher: oneOf(f.voucher, VOUCHER_KINDS, 'voucher'),
    // Zero is meaningful: a plan voucher adds no money to the balance.
    monetaryValue: optional(f.monetaryValue, (v) => amountOrZero(v, 'monetaryValue', unit)),
    // Reg 4(2) as amended in 2024: no voucher runs longer than 365 days.
    validityDays: optional(f.validityDays, (v) => wholeNumber(v, 'validityDays', 1, MAX_VOUCHER_VALIDITY_DAYS)),
    validityEnds: optional(f.validityEnds, (v) => dateFrom(v, 'validityEnds', on, 'recharge date')),
  }),
  balance: (f, on, unit) => ({ type: 'balance', date: on, amount: amountOrZero(f.amount, 'amount', unit) }),
  // smsReceived: false records a deduction that came with no SMS (reg 15(3)).
  anr_deduction: (f, on, unit) => withoutUndefined({
    type: 'anr_deduction' as const, date: on, amount: amount(f.amount, 'amount', unit),
    smsReceived: optional(f.smsReceived, (v) => boolean(v, 'smsReceived')),
  }),
  deactivated: (_f, on) => ({ type: 'deactivated', date: on }),
  // Zero is meaningful: an operator may waive the reactivation fee.
  reactivated: (f, on, unit) => withoutUndefined({
    type: 'reactivated' as const, date: on, fee: optional(f.fee, (v) => amountOrZero(v, 'fee', unit)),
  }),
  safe_custody: (f, on, unit) => ({
    type: 'safe_custody',
    date: on,
    months: wholeNumber(f.months, 'months', 1, MAX_SAFE_CUSTODY_MONTHS),
    amount: amount(f.amount, 'amount', unit),
  }),
  // Rent paid in advance runs into the future: only its start (the payment) must have happened.
  advance_rent: (f, on) => ({ type: 'advance_rent', date: on, through: dateFrom(f.through, 'through', on, 'payment date') }),
  // The closure of the operator's services (TRAI's direction of 19 Jan 2018, not regs 11-15); a
  // postpaid security deposit, when known, is what the operator must refund.
  operator_closed: (f, on, unit) => withoutUndefined({
    type: 'operator_closed' as const, date: on,
    securityDeposit: optional(f.securityDeposit, (v) => amount(v, 'securityDeposit', unit)),
  }),
  refund_claimed: (_f, on) => ({ type: 'refund_claimed', date: on }),
  refund_received: (f, on, unit) => ({ type: 'refund_received', date: on, amount: amount(f.amount, 'amount', unit) }),
};

/** The event `fields` describe, its fields named as in the event ('amount', 'date'). */
export function checkEvent(fields: Fields, today: IsoDate, unit: MoneyUnit): SimEvent {
  const type = oneOf(fields.type, EVENT_TYPES, 'type');
  // The date's problem and the fields' together, so a form marks both at once (collect-errors.ts).
  const errors = collectErrors();
  const on = errors.check(() => pastDate(fields.date, 'date', today), fields.date as IsoDate);
  const event = errors.check(() => EVENT_BODIES[type](fields, on, unit));
  errors.done();
  return event;
}
