import { describe, expect, it } from 'vitest';
import { readScenario } from '../../../shared/scenario/scenario';

const base = { today: '2026-03-01', sim: { connection: 'prepaid', since: '2025-01-01' } };
const errorOf = (raw: unknown) => {
  try {
    readScenario(raw);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('reading a scenario', () => {
  it('turns rupees into paise and fills the policy from the floor', () => {
    const s = readScenario({ ...base, policy: { anrCharge: 15, graceDays: 30 }, events: [{ type: 'balance', date: '2026-01-01', amount: 12.5 }] });
    expect(s.events).toEqual([{ type: 'balance', date: '2026-01-01', amount: 1250 }]);
    expect(s.policy).toMatchObject({ anrCharge: 1500, graceDays: 30, nonUsageDays: 90, anrThreshold: 2000 });
  });
  it('reads every event type with its own fields', () => {
    const s = readScenario({ ...base, events: [
      { type: 'activity', date: '2026-01-01', kind: 'video_in' },
      { type: 'recharge', date: '2026-01-01', amount: 155, voucher: 'combo', monetaryValue: 10, validityDays: 28, validityEnds: '2026-01-29' },
      { type: 'anr_deduction', date: '2026-01-02', amount: 20 },
      { type: 'deactivated', date: '2026-01-03' },
      { type: 'reactivated', date: '2026-01-04', fee: 20 },
      { type: 'safe_custody', date: '2026-01-05', months: 3, amount: 150 },
      { type: 'advance_rent', date: '2026-01-06', through: '2026-12-31' },
    ] });
    expect(s.events.map((e) => e.type)).toEqual(['activity', 'recharge', 'anr_deduction', 'deactivated', 'reactivated', 'safe_custody', 'advance_rent']);
    expect(s.events[1]).toEqual({ type: 'recharge', date: '2026-01-01', amount: 15500, voucher: 'combo', monetaryValue: 1000, validityDays: 28, validityEnds: '2026-01-29' });
  });
  it('accepts a policy outside the regulatory bounds: it is what the operator does', () => {
    expect(readScenario({ ...base, policy: { nonUsageDays: 60 } }).policy.nonUsageDays).toBe(60);
  });
  it.each([
    [{ ...base, today: '2026-02-30' }, /^today:/],
    [{ ...base, sim: { connection: 'prepay', since: '2025-01-01' } }, /^sim\.connection:/],
    [{ ...base, sim: { connection: 'prepaid' } }, /^sim\.since:/],
    [{ ...base, events: [{ type: 'activity', date: '2026-03-02', kind: 'call_out' }] }, /^events\[0\]\.date: is after today/],
    [{ ...base, events: [{ type: 'activity', date: '2026-01-01', kind: 'pigeon' }] }, /^events\[0\]\.kind:/],
    [{ ...base, events: [{}, { type: 'recharge', date: '2026-01-01', amount: -5, voucher: 'topup' }] }, /^events\[0\]\.type:/],
    [{ ...base, events: [{ type: 'recharge', date: '2026-01-01', amount: 10.005, voucher: 'topup' }] }, /^events\[0\]\.amount:/],
    [{ ...base, events: [{ type: 'recharge', date: '2026-01-01', amount: 10, voucher: 'gift' }] }, /^events\[0\]\.voucher:/],
    [{ ...base, events: [{ type: 'safe_custody', date: '2026-01-01', months: 0, amount: 150 }] }, /^events\[0\]\.months:/],
    [{ ...base, policy: { nonUsageDays: 'ninety' } }, /^policy\.nonUsageDays:/],
    [{ ...base, policy: { anrFee: 20 } }, /^policy\.anrFee: is not a policy field/],
    [{ ...base, events: {} }, /^events:/],
    [[1, 2], /^scenario:/],
    // Bounds: the same as the store's and backups' (shared/validation/bounds.ts).
    [{ ...base, policy: { nonUsageDays: 1e300 } }, /^policy\.nonUsageDays: must be a whole number from 1 to 3650$/],
    [{ ...base, policy: { graceDays: 3651 } }, /^policy\.graceDays:/],
    [{ ...base, events: [{ type: 'balance', date: '2026-01-01', amount: 1e300 }] }, /^events\[0\]\.amount: must be at most Rs 1,00,000$/],
    [{ ...base, events: [{ type: 'recharge', date: '2026-01-01', amount: 100000.01, voucher: 'topup' }] }, /^events\[0\]\.amount:/],
    [{ ...base, events: [{ type: 'recharge', date: '2026-01-01', amount: 10, voucher: 'plan', validityDays: 366 }] }, /^events\[0\]\.validityDays:/],
    [{ ...base, events: [{ type: 'advance_rent', date: '2026-01-01', through: '10000-01-01' }] }, /^events\[0\]\.through:/],
    [{ ...base, today: '10000-01-01' }, /^today:/],
    [{ ...base, sim: { connection: 'prepaid', since: '1999-12-31' } }, /^sim\.since: must be a date from 2000-01-01 to 9999-12-31$/],
    [{ ...base, policy: { activityKinds: 'call_out' } }, /^policy\.activityKinds: must be a list$/],
  ])('names the field that is wrong (%#)', (raw, message) => {
    expect(errorOf(raw)).toMatch(message);
  });
});
