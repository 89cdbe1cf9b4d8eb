/**
 * What the add-SIM form asks besides the SIM itself, so that its first projection is already
 * right (issue 7, item 5): the balance today (reg 12: ANR runs only while the balance is more than
 * Rs 20) and the last recharge with its validity (reg 4: the plan's own clock). Without them a SIM
 * last used months ago shows "Lost" until its history is logged. Both are optional: a person
 * fills in what they know. Pure, so it is tested without a browser.
 */
import type { IsoDate } from '../../rules/dates';
import type { SimEvent, VoucherKind } from '../../rules/types';
import { validateEvent } from '../../db/validate';
import { ValidationError } from '../../validation/validation-error';
import { eachError } from '../../validation/collect-errors';
import { parseRupees } from '../../ui/money-text';
import { eventInputOf, newEventForm } from './event-form';
import { fieldErrorOf, type FieldErrors } from './field-error';
import { moneyProblem } from './typed-number';
import { withPolicy } from '../../rules/policy';

export interface FirstEventsValues {
  /** The balance today, in rupees as typed; '' when not known. */
  balance: string;
  /** The last recharge; its date '' when the user does not say. */
  rechargeDate: string;
  rechargeAmount: string;
  voucher: VoucherKind;
  monetaryValue: string;
  validityDays: string;
  validityEnds: string;
}

/** The form's fields, as the form names them ('recharge.amount'), in the order it shows them. */
export const FIRST_EVENT_FIELDS = [
  'balance', 'recharge.date', 'recharge.voucher', 'recharge.amount', 'recharge.monetaryValue', 'recharge.validityDays', 'recharge.validityEnds',
] as const;

export function newFirstEvents(): FirstEventsValues {
  return { balance: '', rechargeDate: '', rechargeAmount: '', voucher: 'plan', monetaryValue: '', validityDays: '', validityEnds: '' };
}

/** Whether the user began to describe a recharge (then its date and amount are needed). */
function describesRecharge(values: FirstEventsValues): boolean {
  return [values.rechargeDate, values.rechargeAmount, values.monetaryValue, values.validityDays, values.validityEnds].some((v) => v.trim() !== '');
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The store's own checks of one event, its problems shown on the form's fields (`prefix` + field). */
function storeErrorsOf(event: SimEvent, today: IsoDate, fieldOf: (field: string) => string): FieldErrors {
  try {
    validateEvent(event, today);
    return {};
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const errors: FieldErrors = {};
    for (const each of eachError(error)) errors[fieldOf(each.field)] ??= fieldErrorOf(each.code, each.params);
    return errors;
  }
}

/**
 * The events the answers describe, oldest first (the recharge, then today's balance), or every
 * field's problem at once.
 */
export function firstEventsOf(values: FirstEventsValues, today: IsoDate): Parsed<SimEvent[]> {
  const errors: FieldErrors = {};
  const events: SimEvent[] = [];
  if (describesRecharge(values)) {
    const form = {
      ...newEventForm('recharge', values.rechargeDate, withPolicy()), voucher: values.voucher, amount: values.rechargeAmount,
      monetaryValue: values.monetaryValue, validityDays: values.validityDays, validityEnds: values.validityEnds,
    };
    const parsed = eventInputOf(form, '');
    if (parsed.ok) {
      const { simId: _simId, ...recharge } = parsed.value;
      Object.assign(errors, storeErrorsOf(recharge, today, (field) => `recharge.${field}`));
      events.push(recharge);
    } else {
      for (const [field, error] of Object.entries(parsed.errors)) errors[`recharge.${field}`] = error;
    }
  }
  const balance = parseRupees(values.balance);
  if (balance !== null) {
    if (Number.isNaN(balance)) errors.balance = moneyProblem(values.balance);
    else {
      const event: SimEvent = { type: 'balance', date: today, amount: balance };
      Object.assign(errors, storeErrorsOf(event, today, () => 'balance'));
      events.push(event);
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: events };
}
