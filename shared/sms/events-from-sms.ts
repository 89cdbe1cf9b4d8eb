/**
 * What a reading proposes to record, in the store's own event shapes (shared/rules/types.ts), for the
 * confirm screen: nothing is saved until the user says yes (issue 9, section 2).
 * - recharge (reg 6): a recharge, and the balance it states;
 * - usage (reg 7): an activity on that day (a charged call, SMS or data session is use, reg 2(aa)),
 *   and the balance;
 * - ANR deduction (reg 15(3)): the deduction, and the balance after it;
 * - a value added service charged (reg 7(c)): an activity of kind 'vas' (reg 2(aa));
 * - balance or validity reply: the balance;
 * - deactivation: the deactivation.
 * A deduction or deactivation announced for later ("will be deducted on ...") proposes nothing yet.
 * Each event says which of its fields the SMS did not state, so the screen can ask about them.
 */
import type { ActivityKind, SimEvent, VoucherKind } from '../rules/types';
import type { SmsReading, UsageKind } from './types';

export interface ProposedEvent {
  event: SimEvent;
  /** Fields the message did not state and that were filled in: the user should check them. */
  unsure: string[];
}

const ACTIVITY_OF: Record<UsageKind, ActivityKind> = { call: 'call_out', sms: 'sms_out', data: 'data', vas: 'vas' };

/**
 * The events a reading proposes; none without a date, none for 'unknown'.
 * @example eventsFromSms({ kind: 'anr_deduction', amount: 2000, balance: 2550, date: '2026-03-01', dateFrom: 'text', ... })
 * // [{ event: { type: 'anr_deduction', date: '2026-03-01', amount: 2000 }, unsure: [] },
 * //  { event: { type: 'balance', date: '2026-03-01', amount: 2550 }, unsure: [] }]
 */
export function eventsFromSms(reading: SmsReading): ProposedEvent[] {
  const date = reading.date;
  // An announced event's date is the day it will happen, not when anything was seen: nothing to record yet.
  if (date === undefined || reading.kind === 'unknown' || reading.ahead) return [];
  const dated = reading.dateFrom === 'received' ? ['date'] : [];
  const events: ProposedEvent[] = [];
  const main = mainEvent(reading, date);
  if (main) events.push({ event: main.event, unsure: [...dated, ...main.unsure] });
  if (reading.balance !== undefined && reading.kind !== 'deactivation') {
    events.push({ event: { type: 'balance', date, amount: reading.balance }, unsure: dated });
  }
  return events;
}

function mainEvent(reading: SmsReading, date: string): ProposedEvent | null {
  switch (reading.kind) {
    case 'recharge':
      return reading.amount === undefined ? null : rechargeEvent(reading, date, reading.amount);
    case 'anr_deduction':
      return reading.amount === undefined ? null : { event: { type: 'anr_deduction', date, amount: reading.amount }, unsure: [] };
    case 'usage':
      return { event: { type: 'activity', date, kind: ACTIVITY_OF[reading.usage ?? 'call'] }, unsure: reading.usage ? [] : ['kind'] };
    case 'deactivation':
      return { event: { type: 'deactivated', date }, unsure: [] };
    default:
      return null;
  }
}

/**
 * A recharge. SMS seldom name the voucher kind of reg 4, so it is inferred and marked unsure:
 * talktime and validity make a combo, talktime alone a top-up, otherwise a plan.
 */
function rechargeEvent(reading: SmsReading, date: string, amount: number): ProposedEvent {
  const voucher: VoucherKind = reading.monetaryValue !== undefined
    ? (reading.validityEnds !== undefined ? 'combo' : 'topup')
    : 'plan';
  const event: SimEvent = { type: 'recharge', date, amount, voucher };
  if (reading.monetaryValue !== undefined) event.monetaryValue = reading.monetaryValue;
  if (reading.validityEnds !== undefined && reading.validityEnds >= date) event.validityEnds = reading.validityEnds;
  return { event, unsure: ['voucher'] };
}
