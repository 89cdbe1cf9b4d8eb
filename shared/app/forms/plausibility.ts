/**
 * Values that are allowed but unlikely, asked about before they are saved (issue 7, item 7): Rs 10
 * paid for Rs 500 of talktime, a balance of Rs 50,000, a validity of 3,000 days are almost always
 * a slip of the finger (a zero too many, the talktime typed as the price), and a projection built
 * on one misleads quietly. The person is asked "is that right?" and may keep the value: it is
 * theirs to know. Pure, so it is tested without a browser.
 */
import { daysBetween, isIsoDate } from '../../rules/dates';
import type { Paise } from '../../rules/money';
import { MAX_VOUCHER_VALIDITY_DAYS } from '../../rules/vouchers';
import { formatMoney } from '../../i18n/format';
import { parseRupees } from '../../ui/money-text';
import type { FieldErrors } from './field-error';

/** Rs 10,000: more than the dearest yearly plan, and far more than any prepaid balance kept to stay alive. */
export const UNLIKELY_AMOUNT: Paise = 10_000_00;
/** Talktime more than half again the price: operators give at most the price back, a little more on offers. */
export const UNLIKELY_TALKTIME_RATIO = 1.5;

/** What a recharge or a balance says, as typed; a field left out is not asked about. */
export interface TypedFigures {
  /** The form's names of the fields: where each question shows. */
  fields: { paid?: string; talktime?: string; balance?: string; validityEnds?: string };
  paid?: string;
  talktime?: string;
  balance?: string;
  /**
   * The day the validity counts from (the recharge's date) and the day it ends. (A length in days
   * over 365 is refused outright by the store: reg 4(2).)
   */
  from?: string;
  validityEnds?: string;
}

function typedMoney(text: string | undefined): Paise | null {
  const paise = text === undefined ? null : parseRupees(text);
  return paise === null || Number.isNaN(paise) ? null : paise;
}

const money = (paise: Paise) => formatMoney(paise, 'en');

/**
 * The questions to ask, by field (`ask.<what>` message keys with their figures); empty when
 * nothing is unlikely.
 * @example unlikelyFigures({ fields: { paid: 'amount', talktime: 'monetaryValue' }, paid: '10', talktime: '500' })
 *   → { monetaryValue: { key: 'ask.talktimeOverPaid', params: { talktime: '₹500', paid: '₹10' } } }
 */
export function unlikelyFigures(typed: TypedFigures): FieldErrors {
  const asked: FieldErrors = {};
  const paid = typedMoney(typed.paid);
  const talktime = typedMoney(typed.talktime);
  const balance = typedMoney(typed.balance);
  if (typed.fields.paid && paid !== null && paid > UNLIKELY_AMOUNT) {
    asked[typed.fields.paid] = { key: 'ask.largeAmount', params: { amount: money(paid) } };
  }
  if (typed.fields.talktime && paid !== null && talktime !== null && paid > 0 && talktime > paid * UNLIKELY_TALKTIME_RATIO) {
    asked[typed.fields.talktime] = { key: 'ask.talktimeOverPaid', params: { talktime: money(talktime), paid: money(paid) } };
  }
  if (typed.fields.balance && balance !== null && balance > UNLIKELY_AMOUNT) {
    asked[typed.fields.balance] = { key: 'ask.largeBalance', params: { amount: money(balance) } };
  }
  // Reg 4(2): no voucher runs longer than 365 days; a date further off is a typo of the year, most often.
  const from = typed.from;
  if (typed.fields.validityEnds && from && isIsoDate(from) && typed.validityEnds && isIsoDate(typed.validityEnds)) {
    const days = daysBetween(from, typed.validityEnds);
    if (days > MAX_VOUCHER_VALIDITY_DAYS) asked[typed.fields.validityEnds] = { key: 'ask.longValidity', params: { days } };
  }
  return asked;
}
