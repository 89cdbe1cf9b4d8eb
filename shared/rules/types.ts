/**
 * The vocabulary of the rules: a SIM, its policy, the events a user records, and what the rules
 * conclude under reg 2 (definitions), reg 4 (vouchers) and Chapter IV (regs 11-15). Money is in paise, dates are 'YYYY-MM-DD' (see money.ts, dates.ts).
 */
import type { IsoDate } from './dates';
import type { Paise } from './money';
import type { Flag } from './flag-codes';
import type { Certainty } from './findings/finding-codes';

export type { Flag, FlagCode } from './flag-codes';

export type Connection = 'prepaid' | 'postpaid';

/**
 * What counts as "activity" (reg 2(aa)): the eight the regulation names, plus two an operator
 * may add under its "any other usage" clause (Explanatory Memorandum para 3).
 */
export const ACTIVITY_KINDS = [
  'call_out', 'call_in', 'video_out', 'video_in', 'sms_out', 'data', 'vas', 'rental',
  'sms_in', 'recharge',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * The voucher kinds of reg 4 (as amended): plan (enrols a tariff plan), top-up (monetary value, no
 * validity limit), special tariff (alters the tariff, no monetary value) and combo (both).
 */
export const VOUCHER_KINDS = ['topup', 'plan', 'stv', 'combo'] as const;
export type VoucherKind = (typeof VOUCHER_KINDS)[number];

/** How one operator applies Chapter IV. Money in paise, periods in days. */
export interface Policy {
  /** Reg 11: at least 90. */
  nonUsageDays: number;
  /** Reg 12(1) proviso: at most Rs 20 per extension. */
  anrCharge: Paise;
  /** Reg 12(1): ANR protects while the balance exceeds this; at most Rs 20. */
  anrThreshold: Paise;
  /** Reg 12(2): each deduction extends the non-usage period by 30 days. */
  anrExtensionDays: number;
  /** Reg 14: at least 15. */
  graceDays: number;
  /** Reg 14: at most Rs 20. */
  reactivationFee: Paise;
  /** Reg 13(2): at most Rs 150 per three months or part. */
  safeCustodyCharge: Paise;
  /** Reg 2(aa). */
  activityKinds: ActivityKind[];
  /**
   * The operator's plan clock (not law, see plan-clock.ts): days after the plan's validity ends
   * until incoming calls are barred, and days after that until the number is suspended.
   * null where the operator runs no such clock or it is not known.
   */
  incomingGraceDays: number | null;
  suspensionDays: number | null;
}

interface Dated {
  date: IsoDate;
}

export interface ActivityEvent extends Dated {
  type: 'activity';
  kind: ActivityKind;
}
export interface RechargeEvent extends Dated {
  type: 'recharge';
  amount: Paise;
  voucher: VoucherKind;
  /** Money added to the balance; defaults by voucher kind (see vouchers.ts). */
  monetaryValue?: Paise;
  /** The plan's validity in days from the recharge date. */
  validityDays?: number;
  /** The validity end the operator's SMS states: wins over validityDays. */
  validityEnds?: IsoDate;
}
export interface BalanceEvent extends Dated {
  type: 'balance';
  amount: Paise;
}
export interface AnrDeductionEvent extends Dated {
  type: 'anr_deduction';
  amount: Paise;
  /** False when the user records that no SMS came for it, as reg 15(3) requires one; absent when not said. */
  smsReceived?: boolean;
}
export interface DeactivatedEvent extends Dated {
  type: 'deactivated';
}
export interface ReactivatedEvent extends Dated {
  type: 'reactivated';
  fee?: Paise;
}
export interface SafeCustodyEvent extends Dated {
  type: 'safe_custody';
  months: number;
  amount: Paise;
}
export interface AdvanceRentEvent extends Dated {
  type: 'advance_rent';
  through: IsoDate;
}

/**
 * The operator closed its services (as RCom and RTL did in 2017-18): not one of regs 11-15, but
 * TRAI's direction of 19 January 2018 to refund unused prepaid balances and postpaid security
 * deposits. `securityDeposit` is the postpaid deposit the user paid, when they know it.
 */
export interface OperatorClosedEvent extends Dated {
  type: 'operator_closed';
  securityDeposit?: Paise;
}
/** The user asked the closed operator for the refund. */
export interface RefundClaimedEvent extends Dated {
  type: 'refund_claimed';
}
/** Money the closed operator refunded: part or all of what it owes. */
export interface RefundReceivedEvent extends Dated {
  type: 'refund_received';
  amount: Paise;
}

export type SimEvent =
  | ActivityEvent
  | RechargeEvent
  | BalanceEvent
  | AnrDeductionEvent
  | DeactivatedEvent
  | ReactivatedEvent
  | SafeCustodyEvent
  | AdvanceRentEvent
  | OperatorClosedEvent
  | RefundClaimedEvent
  | RefundReceivedEvent;

export type EventType = SimEvent['type'];
export const EVENT_TYPES: readonly EventType[] = [
  'activity', 'recharge', 'balance', 'anr_deduction', 'deactivated', 'reactivated', 'safe_custody', 'advance_rent',
  'operator_closed', 'refund_claimed', 'refund_received',
];

export interface SimFacts {
  connection: Connection;
  /** When the connection began (or when we began tracking it): the first period starts here. */
  since: IsoDate;
}

/** 'closed': the operator closed its services (closure.ts); nothing of regs 11-14 lies ahead. */
export type PrepaidState = 'active' | 'anr' | 'deactivated' | 'lost' | 'closed';

export interface AnrDeduction {
  date: IsoDate;
  amount: Paise;
  balanceAfter: Paise;
  /** True when the operator's SMS (reg 15(3)) told us; false when projected. */
  observed: boolean;
}

/** The operator's plan clock beside TRAI's (plan-clock.ts). Null fields: not known. */
export interface PlanClock {
  validityEnds: IsoDate | null;
  outgoingBarredFrom: IsoDate | null;
  incomingBarredFrom: IsoDate | null;
  suspension: IsoDate | null;
}

export interface PrepaidProjection {
  connection: 'prepaid';
  today: IsoDate;
  state: PrepaidState;
  /** R: the start of the current non-usage period (since, latest activity, or latest reactivation). */
  lastActivity: IsoDate;
  nonUsageEnds: IsoDate;
  /** Balance as of today: events up to today, steps before today. */
  balance: Paise;
  /** Every deduction of the current period, past and projected, up to the deactivation. */
  anrDeductions: AnrDeduction[];
  /** The next date the operator may deduct or deactivate, or null once deactivated. */
  nextLiable: IsoDate | null;
  deactivation: IsoDate | null;
  deactivationObserved: boolean;
  graceEnds: IsoDate | null;
  plan: PlanClock;
  flags: Flag[];
  /** Present only once the operator has closed its services (state 'closed'). */
  closure?: Closure;
}

/**
 * 'active': the monthly rent keeps the connection, as the Explanatory Memorandum of 2013 (para 6)
 * says postpaid consumers who pay it remain active despite non-usage; reg 13 sets no non-usage
 * period for postpaid. 'protected': safe custody (reg 13(2)) or advance rent (reg 13(4)) covers today.
 */
export type PostpaidState = 'active' | 'protected' | 'closed';

/**
 * What a closed operator owes (closure.ts), under TRAI's direction of 19 January 2018: the prepaid
 * balance of the closing day or the postpaid security deposit, less what it has refunded.
 */
export interface ClosureRefund {
  /** Paise owed: the balance of the closing day, the deposit recorded, or 0 when none is. */
  due: Paise;
  /** Where `due` comes from: the prepaid balance, the recorded deposit, or nothing recorded. */
  basis: 'balance' | 'deposit' | 'none';
  /** 'possible' when the balance is known only from recharges, not read off the phone. */
  certainty: Certainty;
  /** The latest balance reading on or before the closing day (prepaid), or null. */
  readOn: IsoDate | null;
  received: Paise;
  outstanding: Paise;
  /** The first day the user asked for it, or null. */
  claimedOn: IsoDate | null;
  /** The day the refunds received first covered all that is due, or null. */
  refundedOn: IsoDate | null;
}

/** The operator closed its services on `closedOn`: the projection stops there. */
export interface Closure {
  closedOn: IsoDate;
  refund: ClosureRefund;
}

export interface PostpaidProjection {
  connection: 'postpaid';
  today: IsoDate;
  state: PostpaidState;
  /** The latest activity (rental payment counts, reg 2(aa)), or since. */
  lastActivity: IsoDate;
  safeCustody: { from: IsoDate; until: IsoDate; months: number; amount: Paise; maxCharge: Paise } | null;
  advanceRentThrough: IsoDate | null;
  /** The last day safe custody or advance rent protects from deactivation (reg 13(2), 13(4)), or null. */
  protectedUntil: IsoDate | null;
  /** What keeps the number today: custody or advance rent while they run, else the monthly rent. */
  protectedBy: 'safe_custody' | 'advance_rent' | 'monthly_rent';
  /** Whether monthly rent is due: not in safe custody (reg 13(3)) nor while advance rent covers today. */
  rentalDue: boolean;
  /** The last day the user should act to stay protected: renew custody or pay rent. */
  nextActionBy: IsoDate | null;
  /** Reg 13(5): restoration within 24 hours of a request during safe custody. */
  restorationWithinHours: 24;
  flags: Flag[];
  /** Present only once the operator has closed its services (state 'closed'). */
  closure?: Closure;
}

export type Projection = PrepaidProjection | PostpaidProjection;
