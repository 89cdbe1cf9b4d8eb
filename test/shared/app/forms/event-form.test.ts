import { describe, expect, it } from 'vitest';
import { validateEventInput, type EventRecord } from '../../../../shared/db';
import { withPolicy } from '../../../../shared/rules/policy';
import { clearedFields, eventFormOf, eventInputOf, newEventForm } from '../../../../shared/app/forms/event-form';

const policy = withPolicy();
const TODAY = '2026-03-15';

describe('the log-event form', () => {
  it('turns a recharge typed in rupees into paise, leaving out the empty optional fields', () => {
    const values = { ...newEventForm('recharge', TODAY, policy), amount: '1,499.50', validityDays: '28' };
    expect(eventInputOf(values, 's1')).toEqual({
      ok: true, value: { type: 'recharge', date: TODAY, amount: 149950, voucher: 'topup', validityDays: 28, simId: 's1' },
    });
  });

  it('names each field that is not a number, and a required one left empty', () => {
    const values = { ...newEventForm('recharge', TODAY, policy), amount: '', monetaryValue: 'abc', validityDays: '2.5' };
    const result = eventInputOf(values, 's1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ amount: { key: 'err.required' }, monetaryValue: { key: 'err.not_money' }, validityDays: { key: 'err.not_whole_number' } });
  });

  it('prefills the ANR deduction and safe custody from the SIM\'s policy', () => {
    expect(newEventForm('anr_deduction', TODAY, policy).amount).toBe('20');
    expect(newEventForm('safe_custody', TODAY, policy)).toMatchObject({ amount: '150', months: '3' });
  });

  it('gives events the store accepts, for every type', () => {
    const filled = {
      activity: {}, recharge: { amount: '199' }, balance: { amount: '0' }, anr_deduction: {}, deactivated: {},
      reactivated: { fee: '0' }, safe_custody: {}, advance_rent: { through: '2026-06-30' },
      operator_closed: { securityDeposit: '500' }, refund_claimed: {}, refund_received: { amount: '40' },
    } as const;
    for (const [type, extra] of Object.entries(filled)) {
      const result = eventInputOf({ ...newEventForm(type as keyof typeof filled, TODAY, policy), ...extra, note: ' bill ' }, 's1');
      expect(result.ok, type).toBe(true);
      if (result.ok) expect(() => validateEventInput(result.value, TODAY), type).not.toThrow();
      if (result.ok) expect(result.value.note).toBe('bill');
    }
  });

  it('fills the form back from a stored event, and clears on edit the fields the new version lacks', () => {
    const stored = { id: 'e1', simId: 's1', seq: 1, source: 'manual', type: 'recharge', date: '2026-03-01', amount: 25050, voucher: 'combo', monetaryValue: 1000, validityEnds: '2026-03-28' } as EventRecord;
    const values = eventFormOf(stored, policy);
    expect(values).toMatchObject({ type: 'recharge', amount: '250.50', monetaryValue: '10', validityEnds: '2026-03-28', voucher: 'combo' });
    const result = eventInputOf({ ...values, monetaryValue: '' }, 's1');
    expect(result.ok && clearedFields(result.value)).toMatchObject({ monetaryValue: undefined, validityDays: undefined, note: undefined });
  });
});

describe('the log-event form: an operator that closed its services', () => {
  it('edits a closure\'s postpaid deposit in rupees, and leaves it out when emptied', () => {
    const stored = { id: 'e1', simId: 's1', seq: 1, source: 'manual', type: 'operator_closed', date: '2026-03-01', securityDeposit: 50000 } as EventRecord;
    const values = eventFormOf(stored, policy);
    expect(values.securityDeposit).toBe('500');
    expect(eventInputOf({ ...values, securityDeposit: '750' }, 's1')).toEqual({ ok: true, value: { type: 'operator_closed', date: '2026-03-01', securityDeposit: 75000, simId: 's1' } });
    const emptied = eventInputOf({ ...values, securityDeposit: '' }, 's1');
    expect(emptied.ok && clearedFields(emptied.value)).toMatchObject({ securityDeposit: undefined });
  });

  it('asks for the amount of a refund received', () => {
    const result = eventInputOf(newEventForm('refund_received', TODAY, policy), 's1');
    expect(!result.ok && result.errors).toEqual({ amount: { key: 'err.required' } });
  });
});

describe('the log-event form: an ANR deduction with no SMS (reg 15(3))', () => {
  it('stores the ticked box as smsReceived: false, and says nothing when it is left clear', () => {
    const values = newEventForm('anr_deduction', TODAY, policy);
    expect(eventInputOf({ ...values, noSms: true }, 's1')).toEqual({ ok: true, value: { type: 'anr_deduction', date: TODAY, amount: 2000, smsReceived: false, simId: 's1' } });
    const plain = eventInputOf(values, 's1');
    expect(plain.ok && plain.value).not.toHaveProperty('smsReceived');
    expect(plain.ok && clearedFields(plain.value)).toMatchObject({ smsReceived: undefined });
  });

  it('ticks the box again when editing a deduction stored without an SMS', () => {
    const stored = { id: 'e1', simId: 's1', seq: 1, type: 'anr_deduction', date: TODAY, amount: 2000, smsReceived: false, updatedAt: '2026-03-15T00:00:00.000Z' } as EventRecord;
    expect(eventFormOf(stored, policy).noSms).toBe(true);
    expect(validateEventInput({ type: 'anr_deduction', date: TODAY, amount: 2000, smsReceived: false, simId: 's1' }, TODAY).event).toMatchObject({ smsReceived: false });
  });
});

describe('eventFormErrors', () => {
  it('marks an empty amount and a date after today on the same Save', async () => {
    const { eventFormErrors, newEventForm } = await import('../../../../shared/app/forms/event-form');
    const { withPolicy } = await import('../../../../shared/rules/policy');
    const values = { ...newEventForm('recharge', '2026-03-20', withPolicy()), amount: '' };
    expect(eventFormErrors(values, 'sim-1', '2026-03-15')).toEqual({
      amount: { key: 'err.required' },
      date: { key: 'err.after_today', params: { today: '2026-03-15' } },
    });
  });
});
