import { describe, expect, it } from 'vitest';
import { inputsOf, noteOf, reviewOf } from '../../../../shared/app/sms/sms-review';
import { NOTE_MAX, type SimRecord } from '../../../../shared/db';
import { presetFor } from '../../../../shared/rules/presets';

const sim = (id: string, number: string, operator: SimRecord['operator']): SimRecord => ({
  id, label: id, number, operator, circle: '', connection: 'prepaid', since: '2026-01-01',
  policy: presetFor(operator).policy, colour: '#123456', createdAt: '', updatedAt: '',
});
const sims = [sim('jio', '9876543210', 'jio'), sim('bsnl', '9444000001', 'bsnl')];

const RECHARGE = 'Recharge of Rs.299 for Jio Number 9876543210 is successful. Plan valid till 30-08-2026. Transaction ID: BR000ABC1234';
const ANR = 'Rs 20/- deducted from your account towards retention of your BSNL mobile number due to non usage. Balance Rs 52.30';
const OTP = '123456 is your OTP for login. Do not share it with anyone.';

describe('reviewOf', () => {
  it('reads each message of a thread on its own, for the SIM it names, with today as the day received', () => {
    const items = reviewOf(`${RECHARGE}\n\n${ANR}\n\n${OTP}`, sims, '2026-08-02', null);
    expect(items.map((item) => [item.reading.kind, item.simId, item.match.by])).toEqual([
      ['recharge', 'jio', 'number'], ['anr_deduction', 'bsnl', 'operator'], ['unknown', null, 'none'],
    ]);
    expect(items[0]!.events.map((e) => e.values)).toEqual([expect.objectContaining({
      type: 'recharge', date: '2026-08-02', amount: '299', validityEnds: '2026-08-30',
    })]);
    expect(items[1]!.events.map((e) => [e.values.type, e.values.amount])).toEqual([['anr_deduction', '20'], ['balance', '52.30']]);
    expect(items[1]!.events[0]!.unsure).toEqual(['date']);
    expect(items[2]!.events).toEqual([]);
  });
});

describe('inputsOf', () => {
  it('gives the ticked events as SMS entries, the text as the first one’s note only when asked', () => {
    const [item] = reviewOf(ANR, sims, '2026-08-02', null);
    const ticked = { ...item!, events: item!.events.map((e, j) => ({ ...e, include: j === 0 })) };
    expect(inputsOf(ticked, false).inputs).toEqual([{ index: 0, input: { type: 'anr_deduction', date: '2026-08-02', amount: 2000, simId: 'bsnl', source: 'sms' } }]);
    const kept = inputsOf(item!, true).inputs.map(({ input }) => input.note);
    expect(kept).toEqual([ANR, undefined]);
  });

  it('gives nothing for a message with no SIM chosen, and the field errors of a corrected value', () => {
    const [item] = reviewOf(RECHARGE, sims, '2026-08-02', null);
    expect(inputsOf({ ...item!, simId: null }, false).inputs).toEqual([]);
    const wrong = { ...item!, events: [{ ...item!.events[0]!, values: { ...item!.events[0]!.values, amount: 'abc' } }] };
    expect(inputsOf(wrong, false).errors.get(0)).toEqual({ amount: { key: 'err.not_money' } });
  });
});

describe('noteOf', () => {
  it('keeps a message within the note’s limit, cut with an ellipsis', () => {
    expect(noteOf(' short ')).toBe('short');
    const long = noteOf('अ'.repeat(NOTE_MAX + 20));
    expect(Array.from(long)).toHaveLength(NOTE_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
