/**
 * What the SMS parser says a message means. Money is integer paise and dates are 'YYYY-MM-DD', as in
 * the rules (shared/rules/money.ts, dates.ts); the command line turns paise into rupees.
 *
 * The kinds follow the SMS an operator must or usually sends: after a recharge (reg 6), after a call,
 * SMS or data session is charged (reg 7), after an ANR deduction (reg 15(3)), a balance or validity
 * reply, a plan-expiry warning, a suspension or deactivation notice. Anything else is 'unknown'.
 */
import type { Operator } from '../db/types';
import type { IsoDate } from '../rules/dates';
import type { Paise } from '../rules/money';

export const SMS_KINDS = ['recharge', 'balance', 'usage', 'anr_deduction', 'validity', 'deactivation', 'unknown'] as const;
export type SmsKind = (typeof SMS_KINDS)[number];

/** What a charged usage was (reg 7: after every call, SMS, data session or value added service). */
export type UsageKind = 'call' | 'sms' | 'data' | 'vas';

/**
 * How sure the reading is. high: the kind's words and its key figure were found, from a known
 * operator sender (or a sure rejection, e.g. a -P sender). medium: words and figure, sender not
 * known. low: the words without the figure, or nothing understood.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** Why a message is 'unknown': it is not an operator's account message, or we could not read it. */
export type UnknownReason = 'promotional' | 'bank' | 'payment_app' | 'otp' | 'failed' | 'not_mobile' | 'not_operator' | 'too_long' | 'not_understood';

/** The message as received: its text, and when known its sender id and the day it arrived. */
export interface SmsInput {
  text: string;
  sender?: string;
  received?: IsoDate;
}

export interface SmsReading {
  kind: SmsKind;
  /** The subscriber's 10-digit number, when the message names it unmasked. */
  number?: string;
  /** What was paid (recharge) or deducted (ANR). */
  amount?: Paise;
  /** Talktime or monetary value a recharge added (reg 6(b)(iv), 6(d)(iv)). */
  monetaryValue?: Paise;
  /** The main balance the message states. */
  balance?: Paise;
  validityEnds?: IsoDate;
  /** The day of the event: a date in the text, else the day it was received. */
  date?: IsoDate;
  dateFrom?: 'text' | 'received';
  /** What a call, SMS or data session cost (reg 7). */
  charge?: Paise;
  usage?: UsageKind;
  /** Data used in the session, in MB (reg 7(b)(i)). */
  dataUsedMb?: number;
  transactionId?: string;
  /** A deactivation or ANR deduction announced for later ("will be deducted"), not yet done. */
  ahead?: boolean;
  operator?: Operator;
  confidence: Confidence;
  /** The words of the text (or the sender id) that decided the reading, in order found. */
  matched: string[];
  reason?: UnknownReason;
}
