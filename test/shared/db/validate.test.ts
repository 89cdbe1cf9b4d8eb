import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../../shared/rules/policy';
import {
  validateEvent, validateEventInput, validateEventRecord, validateReminderState, validateSetting,
  validateSimInput, validateSimRecord,
} from '../../../shared/db/validate';
import { ValidationError } from '../../../shared/db/validation-error';
import { TODAY, simInput } from './helpers';

/** The ValidationError a synchronous check throws. */
function failure(check: () => unknown): ValidationError {
  try {
    check();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, and nothing was thrown');
}

const fieldOf = (check: () => unknown): string => failure(check).field;

describe('validateSimInput', () => {
  it('accepts a SIM and stores the number as 10 digits', () => {
    const sim = validateSimInput(simInput(), TODAY);
    expect(sim.number).toBe('9876543210');
    expect(sim.label).toBe('Jio — daily');
    expect(sim.policy).toEqual(withPolicy());
  });

  it('rejects a number that starts with 5, with a message naming the field', () => {
    const error = failure(() => validateSimInput(simInput({ number: '5876543210' }), TODAY));
    expect(error.field).toBe('number');
    expect(error.message).toBe('number: an Indian mobile number has 10 digits starting 6, 7, 8 or 9');
  });

  it('trims the label and rejects an empty one', () => {
    expect(validateSimInput(simInput({ label: '  Work  ' }), TODAY).label).toBe('Work');
    expect(fieldOf(() => validateSimInput(simInput({ label: '   ' }), TODAY))).toBe('label');
  });

  it('accepts a label of 40 characters and rejects one of 41', () => {
    expect(validateSimInput(simInput({ label: 'x'.repeat(40) }), TODAY).label).toHaveLength(40);
    expect(fieldOf(() => validateSimInput(simInput({ label: 'x'.repeat(41) }), TODAY))).toBe('label');
  });

  it('counts Hindi letters as people see them, not as code points', () => {
    // 'नमस्ते' is 6 code points but 3 letters: 13 of them are 39 letters and 78 code points.
    const label = 'नमस्ते'.repeat(13);
    expect(validateSimInput(simInput({ label }), TODAY).label).toBe(label);
  });

  it('rejects an unknown operator and an unknown connection', () => {
    expect(fieldOf(() => validateSimInput(simInput({ operator: 'vodafone' as never }), TODAY))).toBe('operator');
    expect(fieldOf(() => validateSimInput(simInput({ connection: 'prepay' as never }), TODAY))).toBe('connection');
  });

  it('lets the circle be left out, and stores it as empty', () => {
    const { circle: _circle, ...withoutCircle } = simInput();
    expect(validateSimInput(withoutCircle, TODAY).circle).toBe('');
  });

  it('rejects a start date that is not a real date, or is after today', () => {
    expect(fieldOf(() => validateSimInput(simInput({ since: '2026-02-30' }), TODAY))).toBe('since');
    expect(fieldOf(() => validateSimInput(simInput({ since: '15/03/2026' }), TODAY))).toBe('since');
    expect(fieldOf(() => validateSimInput(simInput({ since: '2026-03-16' }), TODAY))).toBe('since');
    expect(validateSimInput(simInput({ since: TODAY }), TODAY).since).toBe(TODAY);
  });

  it('names the policy field that is malformed', () => {
    const policy = { ...withPolicy(), graceDays: 1.5 };
    expect(fieldOf(() => validateSimInput(simInput({ policy }), TODAY))).toBe('policy.graceDays');
    const charge = { ...withPolicy(), anrCharge: -1 };
    expect(fieldOf(() => validateSimInput(simInput({ policy: charge }), TODAY))).toBe('policy.anrCharge');
    const kinds = { ...withPolicy(), activityKinds: ['call_out', 'telepathy'] } as never;
    expect(fieldOf(() => validateSimInput(simInput({ policy: kinds }), TODAY))).toBe('policy.activityKinds[1]');
    expect(fieldOf(() => validateSimInput(simInput({ policy: null as never }), TODAY))).toBe('policy');
  });

  it('accepts a policy outside the regulatory bounds: it is what the operator does', () => {
    const policy = withPolicy({ nonUsageDays: 60 });
    expect(validateSimInput(simInput({ policy }), TODAY).policy.nonUsageDays).toBe(60);
  });

  it('keeps only the policy fields a policy has', () => {
    const policy = { ...withPolicy(), extra: 'junk' };
    expect(validateSimInput(simInput({ policy }), TODAY).policy).not.toHaveProperty('extra');
  });

  it('accepts a colour written #rrggbb, stored lower case, and rejects other colours', () => {
    expect(validateSimInput(simInput({ colour: '#1E6FD9' }), TODAY).colour).toBe('#1e6fd9');
    expect(fieldOf(() => validateSimInput(simInput({ colour: 'blue' }), TODAY))).toBe('colour');
    expect(fieldOf(() => validateSimInput(simInput({ colour: '#fff' }), TODAY))).toBe('colour');
  });

  it('throws a TypeError, not a form message, when today itself is not a date', () => {
    expect(() => validateSimInput(simInput(), '15-03-2026')).toThrow(TypeError);
  });
});

describe('validateSimRecord', () => {
  const record = {
    id: 'sim-1', ...simInput(), number: '9876543210', circle: 'Delhi', colour: '#1e6fd9',
    createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z',
  };

  it('accepts a whole stored SIM', () => {
    expect(validateSimRecord(record, TODAY)).toEqual(record);
  });

  it('requires an id, a colour and both timestamps', () => {
    expect(fieldOf(() => validateSimRecord({ ...record, id: '' }, TODAY))).toBe('id');
    expect(fieldOf(() => validateSimRecord({ ...record, colour: undefined }, TODAY))).toBe('colour');
    expect(fieldOf(() => validateSimRecord({ ...record, createdAt: 'yesterday' }, TODAY))).toBe('createdAt');
    expect(fieldOf(() => validateSimRecord({ ...record, updatedAt: '2026-01-02' }, TODAY))).toBe('updatedAt');
  });
});

describe('validateEvent', () => {
  const on = '2026-03-01';

  it('rejects an unknown type', () => {
    expect(fieldOf(() => validateEvent({ type: 'topup', date: on }, TODAY))).toBe('type');
  });

  it('rejects a date that is not real or is after today, and accepts today', () => {
    expect(fieldOf(() => validateEvent({ type: 'deactivated', date: '2026-13-01' }, TODAY))).toBe('date');
    expect(fieldOf(() => validateEvent({ type: 'deactivated', date: '2026-03-16' }, TODAY))).toBe('date');
    expect(validateEvent({ type: 'deactivated', date: TODAY }, TODAY)).toEqual({ type: 'deactivated', date: TODAY });
  });

  it('accepts every activity kind and rejects an unknown one', () => {
    expect(validateEvent({ type: 'activity', date: on, kind: 'sms_in' }, TODAY)).toEqual({ type: 'activity', date: on, kind: 'sms_in' });
    expect(fieldOf(() => validateEvent({ type: 'activity', date: on, kind: 'whatsapp' }, TODAY))).toBe('kind');
    expect(fieldOf(() => validateEvent({ type: 'activity', date: on }, TODAY))).toBe('kind');
  });

  describe('recharge', () => {
    const recharge = { type: 'recharge', date: on, amount: 29900, voucher: 'plan' };

    it('accepts a plan voucher with its validity', () => {
      expect(validateEvent({ ...recharge, validityDays: 28, validityEnds: '2026-03-29' }, TODAY))
        .toEqual({ ...recharge, validityDays: 28, validityEnds: '2026-03-29' });
    });

    it('rejects an amount of zero, a negative amount and a fraction of a paisa', () => {
      expect(fieldOf(() => validateEvent({ ...recharge, amount: 0 }, TODAY))).toBe('amount');
      expect(fieldOf(() => validateEvent({ ...recharge, amount: -100 }, TODAY))).toBe('amount');
      expect(fieldOf(() => validateEvent({ ...recharge, amount: 299.5 }, TODAY))).toBe('amount');
      expect(fieldOf(() => validateEvent({ ...recharge, amount: '299' }, TODAY))).toBe('amount');
    });

    it('rejects an unknown voucher kind', () => {
      expect(fieldOf(() => validateEvent({ ...recharge, voucher: 'booster' }, TODAY))).toBe('voucher');
    });

    it('accepts validity of 1 to 365 days only, in whole days', () => {
      expect(validateEvent({ ...recharge, validityDays: 365 }, TODAY)).toMatchObject({ validityDays: 365 });
      expect(fieldOf(() => validateEvent({ ...recharge, validityDays: 366 }, TODAY))).toBe('validityDays');
      expect(fieldOf(() => validateEvent({ ...recharge, validityDays: 0 }, TODAY))).toBe('validityDays');
      expect(fieldOf(() => validateEvent({ ...recharge, validityDays: 28.5 }, TODAY))).toBe('validityDays');
    });

    it('accepts a validity end in the future but not one before the recharge', () => {
      expect(validateEvent({ ...recharge, validityEnds: '2027-01-01' }, TODAY)).toMatchObject({ validityEnds: '2027-01-01' });
      expect(fieldOf(() => validateEvent({ ...recharge, validityEnds: '2026-02-28' }, TODAY))).toBe('validityEnds');
      expect(fieldOf(() => validateEvent({ ...recharge, validityEnds: '2026-02-31' }, TODAY))).toBe('validityEnds');
    });

    it('accepts a monetary value of zero (a plan adds no money) but not a negative one', () => {
      expect(validateEvent({ ...recharge, monetaryValue: 0 }, TODAY)).toMatchObject({ monetaryValue: 0 });
      expect(fieldOf(() => validateEvent({ ...recharge, monetaryValue: -1 }, TODAY))).toBe('monetaryValue');
    });
  });

  it('accepts a balance of zero but not a negative balance', () => {
    expect(validateEvent({ type: 'balance', date: on, amount: 0 }, TODAY)).toEqual({ type: 'balance', date: on, amount: 0 });
    expect(fieldOf(() => validateEvent({ type: 'balance', date: on, amount: -1 }, TODAY))).toBe('amount');
    expect(fieldOf(() => validateEvent({ type: 'balance', date: on, amount: 1.5 }, TODAY))).toBe('amount');
  });

  it('rejects an ANR deduction of zero', () => {
    expect(fieldOf(() => validateEvent({ type: 'anr_deduction', date: on, amount: 0 }, TODAY))).toBe('amount');
    expect(validateEvent({ type: 'anr_deduction', date: on, amount: 2000 }, TODAY)).toMatchObject({ amount: 2000 });
  });

  it('accepts a reactivation with or without a fee, and a waived fee of zero', () => {
    expect(validateEvent({ type: 'reactivated', date: on }, TODAY)).toEqual({ type: 'reactivated', date: on });
    expect(validateEvent({ type: 'reactivated', date: on, fee: 2000 }, TODAY)).toMatchObject({ fee: 2000 });
    expect(validateEvent({ type: 'reactivated', date: on, fee: 0 }, TODAY)).toMatchObject({ fee: 0 });
    expect(fieldOf(() => validateEvent({ type: 'reactivated', date: on, fee: -5 }, TODAY))).toBe('fee');
  });

  it('requires whole months and a positive amount for safe custody', () => {
    const custody = { type: 'safe_custody', date: on, months: 3, amount: 15000 };
    expect(validateEvent(custody, TODAY)).toEqual(custody);
    expect(fieldOf(() => validateEvent({ ...custody, months: 0 }, TODAY))).toBe('months');
    expect(fieldOf(() => validateEvent({ ...custody, months: 2.5 }, TODAY))).toBe('months');
    expect(fieldOf(() => validateEvent({ ...custody, amount: 0 }, TODAY))).toBe('amount');
  });

  it('lets advance rent run into the future, but not end before it was paid', () => {
    expect(validateEvent({ type: 'advance_rent', date: on, through: '2026-12-31' }, TODAY)).toMatchObject({ through: '2026-12-31' });
    expect(fieldOf(() => validateEvent({ type: 'advance_rent', date: on, through: '2026-02-01' }, TODAY))).toBe('through');
    expect(fieldOf(() => validateEvent({ type: 'advance_rent', date: on }, TODAY))).toBe('through');
  });

  it("keeps only the event type's own fields", () => {
    const event = validateEvent({ type: 'deactivated', date: on, amount: 500, kind: 'data' }, TODAY);
    expect(event).toEqual({ type: 'deactivated', date: on });
  });
});

describe('validateEventInput', () => {
  const input = { type: 'activity', date: '2026-03-01', kind: 'call_out', simId: 'sim-1' };

  it("defaults the source to 'manual' and drops an empty note", () => {
    const fields = validateEventInput({ ...input, note: '   ' }, TODAY);
    expect(fields).toEqual({ event: { type: 'activity', date: '2026-03-01', kind: 'call_out' }, simId: 'sim-1', source: 'manual' });
  });

  it('requires a SIM id, a known source and a note of at most 500 characters', () => {
    expect(fieldOf(() => validateEventInput({ ...input, simId: '' }, TODAY))).toBe('simId');
    expect(fieldOf(() => validateEventInput({ ...input, source: 'fax' }, TODAY))).toBe('source');
    expect(fieldOf(() => validateEventInput({ ...input, note: 'x'.repeat(501) }, TODAY))).toBe('note');
  });

  it('refuses a 50 MB note at once, naming the note', () => {
    const started = performance.now();
    const error = failure(() => validateEventInput({ ...input, note: 'x'.repeat(50 * 1024 * 1024) }, TODAY));
    expect([error.field, error.code]).toEqual(['note', 'too_long']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the bounds of the store', () => {
  it('refuses a day count of 1e300 in a policy, naming the field', () => {
    const error = failure(() => validateSimInput(simInput({ policy: { ...withPolicy(), nonUsageDays: 1e300 } }), TODAY));
    expect([error.field, error.code, error.params]).toEqual(['policy.nonUsageDays', 'out_of_range', { min: 1, max: 3650 }]);
  });

  it('refuses an amount over Rs 1,00,000, and 1e300 paise', () => {
    expect(failure(() => validateEvent({ type: 'balance', date: '2026-03-01', amount: 100_000_01 }, TODAY)).code).toBe('amount_too_large');
    expect(failure(() => validateEvent({ type: 'balance', date: '2026-03-01', amount: 1e300 }, TODAY)).code).toBe('amount_too_large');
  });

  it('refuses a date past 9999 and a timestamp on a day that does not exist', () => {
    expect(failure(() => validateEvent({ type: 'advance_rent', date: '2026-03-01', through: '10000-01-01' }, TODAY)).field).toBe('through');
    const error = failure(() => validateReminderState({ id: 'r', simId: '', status: 'shown', at: '2026-02-30T08:00:00.000Z' }));
    expect([error.field, error.code]).toEqual(['at', 'not_timestamp']);
  });
});

describe('validateEventRecord', () => {
  const record = { id: 'e1', simId: 'sim-1', source: 'sms', seq: 4, type: 'balance', date: '2026-03-01', amount: 0 };

  it('accepts a whole stored event', () => {
    expect(validateEventRecord(record, TODAY)).toEqual(record);
  });

  it('requires an id, a source and a whole seq', () => {
    expect(fieldOf(() => validateEventRecord({ ...record, id: undefined }, TODAY))).toBe('id');
    expect(fieldOf(() => validateEventRecord({ ...record, source: undefined }, TODAY))).toBe('source');
    expect(fieldOf(() => validateEventRecord({ ...record, seq: 1.5 }, TODAY))).toBe('seq');
  });
});

describe('validateReminderState', () => {
  const state = { id: 'sim-1:non_usage_end:2026-04-01:7', simId: 'sim-1', status: 'shown', at: '2026-03-15T08:00:00.000Z' };

  it('accepts a shown reminder and an app-wide one', () => {
    expect(validateReminderState(state)).toEqual(state);
    expect(validateReminderState({ ...state, simId: '' })).toMatchObject({ simId: '' });
  });

  it('requires a snoozed reminder to say until when', () => {
    expect(fieldOf(() => validateReminderState({ ...state, status: 'snoozed' }))).toBe('until');
    expect(validateReminderState({ ...state, status: 'snoozed', until: '2026-03-18' })).toMatchObject({ until: '2026-03-18' });
  });

  it('refuses an until date on a reminder that is not snoozed', () => {
    expect(fieldOf(() => validateReminderState({ ...state, status: 'dismissed', until: '2026-03-18' }))).toBe('until');
  });

  it('rejects an unknown status', () => {
    expect(fieldOf(() => validateReminderState({ ...state, status: 'read' }))).toBe('status');
  });
});

describe('validateSetting', () => {
  it('accepts the known values of each setting', () => {
    expect(validateSetting('language', 'hi')).toBe('hi');
    expect(validateSetting('theme', 'dark')).toBe('dark');
    expect(validateSetting('backupReminder', false)).toBe(false);
    expect(validateSetting('lastBackupAt', null)).toBeNull();
    expect(validateSetting('lastBackupAt', '2026-03-15T08:00:00.000Z')).toBe('2026-03-15T08:00:00.000Z');
    expect(validateSetting('onboarded', true)).toBe(true);
  });

  it('sorts lead days largest first and drops repeats', () => {
    expect(validateSetting('leadDays', [0, 7, 14, 7, 1])).toEqual([14, 7, 1, 0]);
  });

  it('names the setting, and the lead day, that is wrong', () => {
    expect(fieldOf(() => validateSetting('language', 'ta'))).toBe('language');
    expect(fieldOf(() => validateSetting('theme', 'blue'))).toBe('theme');
    expect(fieldOf(() => validateSetting('leadDays', [7, -1]))).toBe('leadDays[1]');
    expect(fieldOf(() => validateSetting('leadDays', 7))).toBe('leadDays');
    expect(fieldOf(() => validateSetting('backupReminder', 'yes'))).toBe('backupReminder');
    expect(fieldOf(() => validateSetting('lastBackupAt', 'last week'))).toBe('lastBackupAt');
  });

  it('rejects an unknown setting', () => {
    expect(fieldOf(() => validateSetting('fontSize' as never, 12))).toBe('key');
  });
});

describe('validateSimInput, every problem at once', () => {
  it('names the empty name, the empty number and the missing date together, in the form\'s order', async () => {
    const { validateSimInput } = await import('../../../shared/db/validate');
    const { eachError } = await import('../../../shared/validation/collect-errors');
    const { withPolicy } = await import('../../../shared/rules/policy');
    let thrown: unknown;
    try {
      validateSimInput({ label: ' ', number: '', operator: 'jio', connection: 'prepaid', since: '', policy: { ...withPolicy(), graceDays: 0, anrCharge: -1 } }, '2026-03-15');
    } catch (error) { thrown = error; }
    expect(eachError(thrown as never).map((e) => `${e.field}:${e.code}`)).toEqual([
      'label:required', 'number:not_phone_number', 'since:not_date', 'policy.graceDays:out_of_range', 'policy.anrCharge:negative',
    ]);
  });
});
