import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../../shared/rules/findings/findings-of';
import { FINDING_CODES } from '../../../../shared/rules/findings/finding-codes';
import { withPolicy } from '../../../../shared/rules/policy';
import type { Policy, SimEvent, SimFacts } from '../../../../shared/rules/types';
import { anr, balance, call, deactivated, postpaid, prepaid, reactivated, topup } from './history';
import { CASES } from './cases';

const TODAY = '2026-12-01';
const codes = (events: SimEvent[], policy: Policy = withPolicy(), sim: SimFacts = prepaid) =>
  findingsOf(sim, policy, events, TODAY).map((f) => f.code);

describe('findingsOf: each code has a history that triggers it and a near miss that does not', () => {
  it('covers every finding code', () => expect(Object.keys(CASES).sort()).toEqual([...FINDING_CODES].sort()));
  it.each(Object.entries(CASES))('%s', (code, c) => {
    expect(codes(c.triggers, c.policy, c.sim)).toContain(code);
    expect(codes(c.nearMiss, c.policy, c.sim)).not.toContain(code);
  });
});

describe('findingsOf', () => {
  it('finds the issue’s own case: deactivated four days after a call with Rs 100 on it, against reg 11, asking for the number back', () => {
    const found = findingsOf(prepaid, withPolicy(), [call('2026-03-01'), balance('2026-03-01', 10000), deactivated('2026-03-05')], TODAY);
    expect(found).toEqual([{
      code: 'deactivated_early', date: '2026-03-05', regulation: 'reg 11', certainty: 'clear', breach: true, refund: 0, restore: true,
      params: { lastActivity: '2026-03-01', periodEnds: '2026-05-30', days: 4 },
    }]);
  });

  it('calls a Rs 15 reactivation fee under a Rs 10 policy the operator’s tariff, not a breach of reg 14, and asks the Rs 5 back', () => {
    const found = findingsOf(prepaid, withPolicy({ reactivationFee: 1000 }), [deactivated('2026-04-01'), reactivated('2026-04-05', 1500)], TODAY);
    expect(found.map((f) => [f.code, f.breach, f.refund])).toEqual([['reactivation_over_policy', false, 500]]);
  });

  it('gives a Rs 25 fee as over the limit only, not over the policy as well', () => {
    expect(codes([deactivated('2026-04-01'), reactivated('2026-04-05', 2500)], withPolicy({ reactivationFee: 1000 }))).toEqual(['reactivation_over_limit']);
  });

  it('asks back only the excess over Rs 20 of an ANR deduction', () => {
    const [found] = findingsOf(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01', 5000)], TODAY);
    expect(found).toMatchObject({ code: 'anr_over_limit', refund: 3000, params: { amount: 5000, limit: 2000 } });
  });

  it('is only possible when a deduction is logged the day before the period ended, clear when earlier', () => {
    const onDay = (date: string) => findingsOf(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000), anr(date)], TODAY)[0];
    expect(onDay('2026-03-31')).toMatchObject({ code: 'anr_before_period_end', certainty: 'possible', refund: 2000 });
    expect(onDay('2026-03-30')).toMatchObject({ code: 'anr_before_period_end', certainty: 'clear', params: { periodEnds: '2026-04-01' } });
  });

  it('is only possible when a second deduction comes 29 days after the first', () => {
    const found = findingsOf(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01'), anr('2026-04-30')], TODAY);
    expect(found).toMatchObject([{ code: 'anr_too_soon', certainty: 'possible', params: { previous: '2026-04-01', allowedFrom: '2026-05-01' } }]);
  });

  it('judges the first deduction after a use by the new period, not by deductions before the use', () => {
    expect(codes([call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-01'), call('2026-04-10'), anr('2026-05-05')]))
      .toEqual(['anr_before_period_end']);
  });

  it('follows the operator’s longer non-usage period and extension', () => {
    const generous = withPolicy({ nonUsageDays: 120, anrExtensionDays: 45 });
    expect(codes([call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-04-15')], generous)).toEqual(['anr_before_period_end']);
    expect(codes([call('2026-01-01'), balance('2026-01-01', 10000), anr('2026-05-01'), anr('2026-06-01')], generous)).toEqual(['anr_too_soon']);
  });

  it('is sure of a balance the user read during the period, and only thinks it possible from recharges', () => {
    const read = findingsOf(prepaid, withPolicy(), [call('2026-01-01'), balance('2026-01-01', 10000), deactivated('2026-04-01')], TODAY);
    const fromRecharge = findingsOf(prepaid, withPolicy(), [topup('2026-01-01', 10000), call('2026-01-02'), deactivated('2026-04-02')], TODAY);
    expect(read[0]).toMatchObject({ code: 'deactivated_with_balance', certainty: 'clear', params: { balance: 10000, threshold: 2000 } });
    expect(fromRecharge[0]).toMatchObject({ code: 'deactivated_with_balance', certainty: 'possible' });
  });

  it('counts the deductions ANR would have made before a late deactivation: Rs 45 after two deductions cannot keep the number', () => {
    expect(codes([call('2026-01-01'), balance('2026-01-01', 4500), deactivated('2026-05-31')])).toEqual([]);
    expect(codes([call('2026-01-01'), balance('2026-01-01', 4500), deactivated('2026-05-01')])).toEqual(['deactivated_with_balance']);
  });

  it('finds nothing about ANR or deactivation on a postpaid SIM, whose reg 13 sets no non-usage period', () => {
    expect(codes([call('2026-01-01'), anr('2026-01-05', 5000), deactivated('2026-01-10')], withPolicy(), postpaid)).toEqual([]);
  });

  it('leaves out events after today, and lists findings in date order', () => {
    const events = [deactivated('2026-04-01'), reactivated('2026-04-05', 3000), call('2026-04-06'), balance('2026-04-06', 9000), deactivated('2026-04-20')];
    expect(findingsOf(prepaid, withPolicy(), events, '2026-04-10').map((f) => f.code)).toEqual(['reactivation_over_limit']);
    expect(findingsOf(prepaid, withPolicy(), events, TODAY).map((f) => [f.code, f.date])).toEqual([
      ['reactivation_over_limit', '2026-04-05'], ['deactivated_early', '2026-04-20'],
    ]);
  });

  it('finds nothing in a history the operator kept to the rules', () => {
    expect(codes([call('2026-01-01'), balance('2026-01-01', 4500), anr('2026-04-01'), anr('2026-05-01'), deactivated('2026-05-31'), reactivated('2026-06-02', 2000)])).toEqual([]);
  });
});
