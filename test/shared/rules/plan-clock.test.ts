import { describe, expect, it } from 'vitest';
import { NO_PLAN_CLOCK, planClockFrom, validityEndOf } from '../../../shared/rules/plan-clock';
import { withPolicy } from '../../../shared/rules/policy';

describe('the operator\'s plan clock', () => {
  it('takes a 28-day plan bought on 1 Jan as valid through 28 Jan', () => {
    expect(validityEndOf({ type: 'recharge', date: '2026-01-01', amount: 100, voucher: 'plan', validityDays: 28 })).toBe('2026-01-28');
  });
  it('gives a top-up no validity even when one is written on it (reg 4(2)(b)(ii))', () => {
    expect(validityEndOf({ type: 'recharge', date: '2026-01-01', amount: 100, voucher: 'topup', validityDays: 28 })).toBeNull();
  });
  it('has no validity for a recharge that states none', () => {
    expect(validityEndOf({ type: 'recharge', date: '2026-01-01', amount: 100, voucher: 'topup' })).toBeNull();
  });
  it('bars outgoing calls the day after validity ends, incoming after the operator\'s grace, then suspends', () => {
    expect(planClockFrom('2026-01-28', withPolicy({ incomingGraceDays: 7, suspensionDays: 165 }))).toEqual({
      validityEnds: '2026-01-28', outgoingBarredFrom: '2026-01-29', incomingBarredFrom: '2026-02-05', suspension: '2026-07-20',
    });
  });
  it('leaves unknown steps empty rather than guessing', () => {
    expect(planClockFrom('2026-01-28', withPolicy())).toMatchObject({ incomingBarredFrom: null, suspension: null });
    expect(planClockFrom(null, withPolicy())).toEqual(NO_PLAN_CLOCK);
  });
});
