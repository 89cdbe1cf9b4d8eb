/**
 * The log-event form as plain data: what the inputs hold (strings), how a stored event fills them,
 * and how they become the store's EventInput. Pure, so it is tested without a browser.
 */
import type { EventInput, EventRecord } from '../../db';
import type { IsoDate } from '../../rules/dates';
import type { ActivityKind, EventType, Policy, SimEvent, VoucherKind } from '../../rules/types';
import { EVENT_TYPES } from '../../rules/types';
import { parseRupees, parseWholeNumber, rupeesText } from '../../ui/money-text';
import { validateEventInput } from '../../db/validate';
import { ValidationError } from '../../validation/validation-error';
import { fieldErrorOf, formErrorsOf, type FieldErrors } from './field-error';
import { moneyProblem, wholeNumberProblem } from './typed-number';

export interface EventFormValues {
  type: EventType;
  date: IsoDate;
  kind: ActivityKind;
  voucher: VoucherKind;
  amount: string;
  monetaryValue: string;
  validityDays: string;
  validityEnds: string;
  fee: string;
  months: string;
  through: string;
  /** A postpaid security deposit the closed operator must refund (closure.ts). */
  securityDeposit: string;
  /** An ANR deduction that came with no SMS (reg 15(3)): stored as smsReceived: false. */
  noSms: boolean;
  note: string;
}

/** The fields each event type shows, after type and date. */
export const FIELDS_OF: Record<EventType, readonly (keyof EventFormValues)[]> = {
  activity: ['kind'],
  recharge: ['voucher', 'amount', 'monetaryValue', 'validityDays', 'validityEnds'],
  balance: ['amount'],
  anr_deduction: ['amount', 'noSms'],
  deactivated: [],
  reactivated: ['fee'],
  safe_custody: ['months', 'amount'],
  advance_rent: ['through'],
  operator_closed: ['securityDeposit'],
  refund_claimed: [],
  refund_received: ['amount'],
};

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/** A fresh form: today, and the amounts the SIM's policy makes likely. */
export function newEventForm(type: EventType, today: IsoDate, policy: Policy): EventFormValues {
  return {
    type,
    date: today,
    kind: 'call_out',
    voucher: 'topup',
    amount: type === 'anr_deduction' ? rupeesText(policy.anrCharge) : type === 'safe_custody' ? rupeesText(policy.safeCustodyCharge) : '',
    monetaryValue: '',
    validityDays: '',
    validityEnds: '',
    fee: '',
    months: type === 'safe_custody' ? '3' : '',
    through: '',
    securityDeposit: '',
    noSms: false,
    note: '',
  };
}

/** The form filled from a stored event, for editing. */
export function eventFormOf(event: EventRecord, policy: Policy): EventFormValues {
  const values = newEventForm(event.type, event.date, policy);
  values.note = event.note ?? '';
  switch (event.type) {
    case 'activity': values.kind = event.kind; break;
    case 'recharge':
      values.voucher = event.voucher;
      values.amount = rupeesText(event.amount);
      values.monetaryValue = rupeesText(event.monetaryValue);
      values.validityDays = event.validityDays === undefined ? '' : String(event.validityDays);
      values.validityEnds = event.validityEnds ?? '';
      break;
    case 'balance':
      values.amount = rupeesText(event.amount);
      break;
    case 'anr_deduction':
      values.amount = rupeesText(event.amount);
      values.noSms = event.smsReceived === false;
      break;
    case 'reactivated': values.fee = rupeesText(event.fee); break;
    case 'safe_custody':
      values.months = String(event.months);
      values.amount = rupeesText(event.amount);
      break;
    case 'advance_rent': values.through = event.through; break;
    case 'operator_closed': values.securityDeposit = rupeesText(event.securityDeposit); break;
    case 'refund_received': values.amount = rupeesText(event.amount); break;
    default: break;
  }
  return values;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * The event the form describes, or the errors of the fields that cannot become one (the store
 * checks the rest: dates in the future, amounts of zero...).
 */
export function eventInputOf(values: EventFormValues, simId: string): Parsed<EventInput> {
  const errors: FieldErrors = {};
  const money = (field: 'amount' | 'monetaryValue' | 'fee' | 'securityDeposit', required: boolean): number | undefined => {
    const paise = parseRupees(values[field]);
    if (paise === null) {
      if (required) errors[field] = fieldErrorOf('required');
      return undefined;
    }
    if (Number.isNaN(paise)) errors[field] = moneyProblem(values[field]);
    return paise;
  };
  const whole = (field: 'validityDays' | 'months', required: boolean): number | undefined => {
    const n = parseWholeNumber(values[field]);
    if (n === null) {
      if (required) errors[field] = fieldErrorOf('required');
      return undefined;
    }
    if (Number.isNaN(n)) errors[field] = wholeNumberProblem(values[field], 1);
    return n;
  };
  const requiredDate = (field: 'date' | 'through'): IsoDate => {
    if (values[field].trim() === '') errors[field] = fieldErrorOf('required');
    return values[field];
  };
  const date = requiredDate('date');
  let event: SimEvent;
  switch (values.type) {
    case 'activity': event = { type: 'activity', date, kind: values.kind }; break;
    case 'recharge': {
      const amount = money('amount', true) ?? 0;
      const monetaryValue = money('monetaryValue', false);
      const validityDays = whole('validityDays', false);
      const validityEnds = values.validityEnds.trim() === '' ? undefined : values.validityEnds;
      event = {
        type: 'recharge', date, amount, voucher: values.voucher,
        ...(monetaryValue !== undefined && { monetaryValue }),
        ...(validityDays !== undefined && { validityDays }),
        ...(validityEnds !== undefined && { validityEnds }),
      };
      break;
    }
    case 'balance': event = { type: 'balance', date, amount: money('amount', true) ?? 0 }; break;
    case 'anr_deduction':
      event = { type: 'anr_deduction', date, amount: money('amount', true) ?? 0, ...(values.noSms && { smsReceived: false }) };
      break;
    case 'deactivated': event = { type: 'deactivated', date }; break;
    case 'reactivated': {
      const fee = money('fee', false);
      event = { type: 'reactivated', date, ...(fee !== undefined && { fee }) };
      break;
    }
    case 'safe_custody': event = { type: 'safe_custody', date, months: whole('months', true) ?? 0, amount: money('amount', true) ?? 0 }; break;
    case 'advance_rent': event = { type: 'advance_rent', date, through: requiredDate('through') }; break;
    case 'operator_closed': {
      const securityDeposit = money('securityDeposit', false);
      event = { type: 'operator_closed', date, ...(securityDeposit !== undefined && { securityDeposit }) };
      break;
    }
    case 'refund_claimed': event = { type: 'refund_claimed', date }; break;
    case 'refund_received': event = { type: 'refund_received', date, amount: money('amount', true) ?? 0 }; break;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const note = values.note.trim();
  return { ok: true, value: { ...event, simId, ...(note !== '' && { note }) } };
}

/**
 * Every problem of the form at once (issue 7, item 2): the boxes that are not numbers or are empty,
 * and the store's own checks (a date after today, a validity ending before the recharge), so one
 * Save marks them all. Empty when the form can be saved.
 */
export function eventFormErrors(values: EventFormValues, simId: string, today: IsoDate): FieldErrors {
  const parsed = eventInputOf(values, simId);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  const formFields = ['date', 'note', ...FIELDS_OF[values.type]];
  // When some boxes did not read, the date is still checked: a date after today is marked with them.
  const input: EventInput = parsed.ok ? parsed.value : { type: 'deactivated', date: values.date, simId };
  try {
    validateEventInput(input, today);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const [field, shown] of Object.entries(formErrorsOf(error, formFields))) errors[field] ??= shown;
  }
  return errors;
}

/** Fields of an edit that the new event does not have: the store removes them when set to undefined. */
export function clearedFields(input: EventInput): Record<string, undefined> {
  const all = ['kind', 'voucher', 'amount', 'monetaryValue', 'validityDays', 'validityEnds', 'fee', 'months', 'through', 'smsReceived', 'securityDeposit', 'note'];
  const cleared: Record<string, undefined> = {};
  for (const field of all) if (!(field in input)) cleared[field] = undefined;
  return cleared;
}
