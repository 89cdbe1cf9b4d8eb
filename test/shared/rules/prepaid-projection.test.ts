import { describe, expect, it } from 'vitest';
import { projectPrepaid } from '../../../shared/rules/prepaid-projection';
import { withPolicy } from '../../../shared/rules/policy';
import type { Policy, SimEvent } from '../../../shared/rules/types';

const SIM = { connection: 'prepaid' as const, since: '2025-06-01' };
const rs = (rupees: number) => Math.round(rupees * 100);

function projectAt(today: string, events: SimEvent[], policy: Policy = withPolicy()) {
  return projectPrepaid(SIM, policy, events, today);
}

describe('the non-usage period (reg 11)', () => {
  it('ends 90 days after the latest activity: activity on 2026-01-01 gives 2026-04-01', () => {
    const p = projectAt('2026-01-10', [{ type: 'activity', date: '2026-01-01', kind: 'call_out' }]);
    expect(p.lastActivity).toBe('2026-01-01');
    expect(p.nonUsageEnds).toBe('2026-04-01');
    expect(p.state).toBe('active');
  });

  it('starts at the SIM\'s since date when nothing has been recorded', () => {
    const p = projectAt('2025-06-10', []);
    expect(p.lastActivity).toBe('2025-06-01');
    expect(p.nonUsageEnds).toBe('2025-08-30');
  });

  it('counts every activity of reg 2(aa), incoming calls included', () => {
    const p = projectAt('2026-02-01', [{ type: 'activity', date: '2026-01-15', kind: 'call_in' }]);
    expect(p.lastActivity).toBe('2026-01-15');
  });

  it('does not count an incoming SMS unless the operator says so', () => {
    const events: SimEvent[] = [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'activity', date: '2026-01-20', kind: 'sms_in' },
    ];
    expect(projectAt('2026-02-01', events).lastActivity).toBe('2026-01-01');
    const lenient = withPolicy({ activityKinds: [...withPolicy().activityKinds, 'sms_in'] });
    expect(projectAt('2026-02-01', events, lenient).lastActivity).toBe('2026-01-20');
  });

  it('counts a recharge as activity only when the policy includes "recharge"', () => {
    const events: SimEvent[] = [
      { type: 'activity', date: '2026-01-01', kind: 'data' },
      { type: 'recharge', date: '2026-02-01', amount: rs(100), voucher: 'topup' },
    ];
    expect(projectAt('2026-02-10', events).lastActivity).toBe('2026-01-01');
    const counting = withPolicy({ activityKinds: [...withPolicy().activityKinds, 'recharge'] });
    expect(projectAt('2026-02-10', events, counting).lastActivity).toBe('2026-02-01');
  });

  it('uses the operator\'s longer period when it sets one', () => {
    const p = projectAt('2026-01-10', [{ type: 'activity', date: '2026-01-01', kind: 'sms_out' }], withPolicy({ nonUsageDays: 120 }));
    expect(p.nonUsageEnds).toBe('2026-05-01');
  });
});

describe('Automatic Number Retention (reg 12)', () => {
  const fortyFive: SimEvent[] = [
    { type: 'activity', date: '2026-01-01', kind: 'call_out' },
    { type: 'balance', date: '2026-01-01', amount: rs(45) },
  ];

  it('deducts Rs 20 on 2026-04-01 and 2026-05-01 from Rs 45, then deactivates on 2026-05-31 with grace to 2026-06-15', () => {
    const p = projectAt('2026-03-01', fortyFive);
    expect(p.anrDeductions).toEqual([
      { date: '2026-04-01', amount: rs(20), balanceAfter: rs(25), observed: false },
      { date: '2026-05-01', amount: rs(20), balanceAfter: rs(5), observed: false },
    ]);
    expect(p.deactivation).toBe('2026-05-31');
    expect(p.deactivationObserved).toBe(false);
    expect(p.graceEnds).toBe('2026-06-15');
    expect(p.balance).toBe(rs(45));
  });

  it('does not extend when the balance is exactly Rs 20.00: that is not "exceeding twenty rupees"', () => {
    const p = projectAt('2026-03-01', [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'balance', date: '2026-01-01', amount: rs(20) },
    ]);
    expect(p.anrDeductions).toEqual([]);
    expect(p.deactivation).toBe('2026-04-01');
  });

  it('extends once from Rs 20.01', () => {
    const p = projectAt('2026-03-01', [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'balance', date: '2026-01-01', amount: rs(20.01) },
    ]);
    expect(p.anrDeductions.map((d) => d.balanceAfter)).toEqual([1]);
    expect(p.deactivation).toBe('2026-05-01');
  });

  it('never deactivates while the balance exceeds a threshold set below the charge: it takes what the balance holds (reg 12(1))', () => {
    const policy = withPolicy({ anrThreshold: rs(10), anrCharge: rs(20) });
    const p = projectAt('2026-03-01', [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'balance', date: '2026-01-01', amount: rs(15) },
    ], policy);
    expect(p.anrDeductions).toEqual([{ date: '2026-04-01', amount: rs(15), balanceAfter: 0, observed: false }]);
    expect(p.deactivation).toBe('2026-05-01');
    expect(p.flags).toContainEqual({
      code: 'anr_threshold_below_charge', field: 'anrThreshold', regulation: 'reg 12(1)', params: { threshold: rs(10), charge: rs(20) },
    });
  });

  it('counts state "anr" once a deduction is behind today, and balance as of today', () => {
    const p = projectAt('2026-04-15', fortyFive);
    expect(p.state).toBe('anr');
    expect(p.balance).toBe(rs(25));
    expect(p.nextLiable).toBe('2026-05-01');
  });

  it('treats a step dated today as still ahead: the user can still act today', () => {
    const p = projectAt('2026-04-01', fortyFive);
    expect(p.state).toBe('active');
    expect(p.balance).toBe(rs(45));
    expect(p.nextLiable).toBe('2026-04-01');
  });

  it('saves the SIM with activity on the liable day itself, applied before the step', () => {
    const p = projectAt('2026-04-01', [...fortyFive, { type: 'activity', date: '2026-04-01', kind: 'sms_out' }]);
    expect(p.lastActivity).toBe('2026-04-01');
    expect(p.nonUsageEnds).toBe('2026-06-30');
    expect(p.balance).toBe(rs(45));
  });

  it('gives a fresh 90 days for activity in the extended period and does not refund deductions (Explanatory Memorandum para 5)', () => {
    const p = projectAt('2026-04-20', [...fortyFive, { type: 'activity', date: '2026-04-10', kind: 'data' }]);
    expect(p.state).toBe('active');
    expect(p.lastActivity).toBe('2026-04-10');
    expect(p.nonUsageEnds).toBe('2026-07-09');
    expect(p.balance).toBe(rs(25));
    expect(p.anrDeductions.map((d) => d.date)).toEqual(['2026-07-09']);
  });
});

describe('the balance (reg 2 definitions of vouchers)', () => {
  const start: SimEvent = { type: 'activity', date: '2026-01-01', kind: 'call_out' };

  it('starts at zero, so a SIM with no recorded money is deactivated at the end of its period', () => {
    const p = projectAt('2026-01-02', [start]);
    expect(p.balance).toBe(0);
    expect(p.deactivation).toBe('2026-04-01');
  });

  it('adds the whole amount of a top-up voucher', () => {
    expect(projectAt('2026-01-02', [start, { type: 'recharge', date: '2026-01-02', amount: rs(50), voucher: 'topup' }]).balance).toBe(rs(50));
  });

  it('adds nothing for a plan or a special tariff voucher', () => {
    const p = projectAt('2026-01-03', [
      start,
      { type: 'recharge', date: '2026-01-02', amount: rs(299), voucher: 'plan' },
      { type: 'recharge', date: '2026-01-03', amount: rs(99), voucher: 'stv' },
    ]);
    expect(p.balance).toBe(0);
  });

  it('adds a combo voucher\'s monetary value only when it is given', () => {
    const p = projectAt('2026-01-03', [
      start,
      { type: 'recharge', date: '2026-01-02', amount: rs(155), voucher: 'combo' },
      { type: 'recharge', date: '2026-01-03', amount: rs(155), voucher: 'combo', monetaryValue: rs(30) },
    ]);
    expect(p.balance).toBe(rs(30));
  });

  it('is set by a balance event and left alone by activity', () => {
    const p = projectAt('2026-01-05', [
      start,
      { type: 'recharge', date: '2026-01-02', amount: rs(50), voucher: 'topup' },
      { type: 'balance', date: '2026-01-03', amount: rs(12.5) },
      { type: 'activity', date: '2026-01-04', kind: 'call_in' },
    ]);
    expect(p.balance).toBe(1250);
  });

  it('applies events of the same date in the order given', () => {
    const balanceThenTopUp = projectAt('2026-01-02', [
      start, { type: 'balance', date: '2026-01-02', amount: rs(10) }, { type: 'recharge', date: '2026-01-02', amount: rs(5), voucher: 'topup' },
    ]);
    const topUpThenBalance = projectAt('2026-01-02', [
      start, { type: 'recharge', date: '2026-01-02', amount: rs(5), voucher: 'topup' }, { type: 'balance', date: '2026-01-02', amount: rs(10) },
    ]);
    expect(balanceThenTopUp.balance).toBe(rs(15));
    expect(topUpThenBalance.balance).toBe(rs(10));
  });

  it('sorts events of different dates by date, whatever order they come in', () => {
    const p = projectAt('2026-01-05', [
      { type: 'balance', date: '2026-01-04', amount: rs(30) },
      { type: 'recharge', date: '2026-01-02', amount: rs(100), voucher: 'topup' },
    ]);
    expect(p.balance).toBe(rs(30));
  });
});

describe('observed ANR deductions (reg 15(3))', () => {
  const spec: SimEvent[] = [
    { type: 'activity', date: '2026-08-03', kind: 'call_out' },
    { type: 'anr_deduction', date: '2026-11-02', amount: rs(20) },
    { type: 'balance', date: '2026-11-02', amount: rs(12) },
  ];

  it('revives a SIM we projected deactivated and moves the next liable date 30 days on (the 2026-11-02 example)', () => {
    const p = projectAt('2026-11-22', spec);
    expect(p.state).toBe('anr');
    expect(p.nextLiable).toBe('2026-12-02');
    expect(p.balance).toBe(rs(12));
    expect(p.deactivation).toBe('2026-12-02');
    expect(p.graceEnds).toBe('2026-12-17');
    expect(p.anrDeductions).toEqual([{ date: '2026-11-02', amount: rs(20), balanceAfter: 0, observed: true }]);
  });

  it('replaces the projected deduction of the same window and does not charge twice', () => {
    const p = projectAt('2026-04-10', [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'balance', date: '2026-01-01', amount: rs(100) },
      { type: 'anr_deduction', date: '2026-04-03', amount: rs(20) },
    ]);
    expect(p.anrDeductions[0]).toEqual({ date: '2026-04-03', amount: rs(20), balanceAfter: rs(80), observed: true });
    expect(p.anrDeductions[1]).toEqual({ date: '2026-05-03', amount: rs(20), balanceAfter: rs(60), observed: false });
    expect(p.balance).toBe(rs(80));
  });

  it('keeps a projected deduction older than 30 days before the observed one', () => {
    const p = projectAt('2026-05-20', [
      { type: 'activity', date: '2026-01-01', kind: 'call_out' },
      { type: 'balance', date: '2026-01-01', amount: rs(100) },
      { type: 'anr_deduction', date: '2026-05-15', amount: rs(20) },
    ]);
    // Projected on 04-01 and 05-01; only the 05-01 one lies in the 30 days before 05-15.
    expect(p.anrDeductions.slice(0, 2).map((d) => [d.date, d.observed])).toEqual([['2026-04-01', false], ['2026-05-15', true]]);
    expect(p.balance).toBe(rs(60));
  });

  it('never takes the balance below zero', () => {
    const p = projectAt('2026-11-05', spec.slice(0, 2));
    expect(p.balance).toBe(0);
  });

  it('flags a deduction above the operator\'s charge', () => {
    const p = projectAt('2026-11-05', [spec[0]!, { type: 'anr_deduction', date: '2026-11-02', amount: rs(25) }]);
    expect(p.flags.map((f) => [f.code, f.regulation])).toContainEqual(['anr_overcharged', 'reg 12(1) proviso']);
  });

  it('is ignored after an observed deactivation', () => {
    const p = projectAt('2026-11-10', [
      spec[0]!, { type: 'deactivated', date: '2026-11-01' }, { type: 'anr_deduction', date: '2026-11-05', amount: rs(20) },
    ]);
    expect(p.state).toBe('deactivated');
    expect(p.deactivation).toBe('2026-11-01');
    expect(p.anrDeductions).toEqual([]);
  });
});

describe('deactivation and the grace period (reg 14)', () => {
  const idle: SimEvent[] = [{ type: 'activity', date: '2026-01-01', kind: 'call_out' }];

  it('is "deactivated" from the day after a projected deactivation until grace ends, then "lost"', () => {
    expect(projectAt('2026-04-01', idle).state).toBe('active');
    expect(projectAt('2026-04-02', idle).state).toBe('deactivated');
    expect(projectAt('2026-04-16', idle).state).toBe('deactivated');
    expect(projectAt('2026-04-17', idle).state).toBe('lost');
  });

  it('undoes a projected deactivation when later activity shows the SIM still worked', () => {
    const p = projectAt('2026-05-10', [...idle, { type: 'activity', date: '2026-05-01', kind: 'call_in' }]);
    expect(p.state).toBe('active');
    expect(p.deactivation).toBe('2026-07-30');
  });

  it('holds an observed deactivation as definitive: activity after it is ignored', () => {
    const p = projectAt('2026-02-10', [...idle, { type: 'deactivated', date: '2026-02-01' }, { type: 'activity', date: '2026-02-05', kind: 'call_out' }]);
    expect(p.state).toBe('deactivated');
    expect(p.deactivationObserved).toBe(true);
    expect(p.deactivation).toBe('2026-02-01');
    expect(p.graceEnds).toBe('2026-02-16');
    expect(p.lastActivity).toBe('2026-01-01');
  });

  it('lets a later observed deactivation stand over an earlier one with no reactivation between, grace counting from it', () => {
    const p = projectAt('2026-03-10', [...idle, { type: 'deactivated', date: '2026-02-01' }, { type: 'deactivated', date: '2026-03-01' }]);
    expect(p).toMatchObject({ state: 'deactivated', deactivation: '2026-03-01', deactivationObserved: true, graceEnds: '2026-03-16' });
  });

  it('counts an observed deactivation dated today as already happened', () => {
    expect(projectAt('2026-02-01', [...idle, { type: 'deactivated', date: '2026-02-01' }]).state).toBe('deactivated');
  });

  it('starts a fresh period on reactivation and keeps the balance, with recharges meanwhile counted', () => {
    const p = projectAt('2026-02-20', [
      ...idle,
      { type: 'balance', date: '2026-01-01', amount: rs(30) },
      { type: 'deactivated', date: '2026-02-01' },
      { type: 'recharge', date: '2026-02-05', amount: rs(10), voucher: 'topup' },
      { type: 'reactivated', date: '2026-02-10', fee: rs(20) },
    ]);
    expect(p.state).toBe('active');
    expect(p.lastActivity).toBe('2026-02-10');
    expect(p.nonUsageEnds).toBe('2026-05-11');
    expect(p.balance).toBe(rs(40));
    expect(p.flags).toEqual([]);
  });

  it('flags a reactivation fee above Rs 20', () => {
    const p = projectAt('2026-02-20', [...idle, { type: 'deactivated', date: '2026-02-01' }, { type: 'reactivated', date: '2026-02-10', fee: rs(49) }]);
    expect(p.flags.map((f) => f.code)).toEqual(['reactivation_overcharged']);
  });

  it('uses the operator\'s longer grace period', () => {
    expect(projectAt('2026-01-02', idle, withPolicy({ graceDays: 30 })).graceEnds).toBe('2026-05-01');
  });
});

describe('the operator\'s plan clock beside TRAI\'s', () => {
  it('projects outgoing and incoming bars and suspension from a plan\'s validity', () => {
    const policy = withPolicy({ incomingGraceDays: 7, suspensionDays: 165 });
    const p = projectAt('2026-01-10', [{ type: 'recharge', date: '2026-01-01', amount: rs(199), voucher: 'plan', validityDays: 28 }], policy);
    expect(p.plan).toEqual({ validityEnds: '2026-01-28', outgoingBarredFrom: '2026-01-29', incomingBarredFrom: '2026-02-05', suspension: '2026-07-20' });
  });

  it('prefers the end date of the operator\'s SMS to a count of days', () => {
    const p = projectAt('2026-01-10', [{ type: 'recharge', date: '2026-01-01', amount: rs(199), voucher: 'plan', validityDays: 28, validityEnds: '2026-01-30' }]);
    expect(p.plan.validityEnds).toBe('2026-01-30');
    expect(p.plan.incomingBarredFrom).toBeNull();
  });

  it('keeps the last plan\'s validity when a top-up carries none', () => {
    const p = projectAt('2026-01-10', [
      { type: 'recharge', date: '2026-01-01', amount: rs(199), voucher: 'stv', validityDays: 365 },
      { type: 'recharge', date: '2026-01-05', amount: rs(10), voucher: 'topup' },
    ]);
    expect(p.plan.validityEnds).toBe('2026-12-31');
  });
});

describe('the operator\'s plan clock with several recharges', () => {
  it('lets a short add-on leave a year-long plan\'s validity alone', () => {
    const p = projectAt('2026-02-10', [
      { type: 'recharge', date: '2026-01-01', amount: rs(1999), voucher: 'plan', validityDays: 365 },
      { type: 'recharge', date: '2026-02-01', amount: rs(49), voucher: 'stv', validityDays: 7 },
    ]);
    expect(p.plan.validityEnds).toBe('2026-12-31');
  });

  it('gives a top-up no validity, whatever is written on it (reg 4(2)(b)(ii))', () => {
    const p = projectAt('2026-02-10', [
      { type: 'recharge', date: '2026-01-01', amount: rs(199), voucher: 'plan', validityDays: 28 },
      { type: 'recharge', date: '2026-01-10', amount: rs(10), voucher: 'topup', validityDays: 90 },
    ]);
    expect(p.plan.validityEnds).toBe('2026-01-28');
  });
});

describe('policy flags', () => {
  it('reports a policy below the regulatory floor with the regulation that sets it', () => {
    const p = projectAt('2026-01-02', [], withPolicy({ nonUsageDays: 60 }));
    expect(p.flags).toContainEqual(expect.objectContaining({ field: 'nonUsageDays', regulation: 'reg 11' }));
  });
});

describe('projectPrepaid\'s @example', () => {
  it('holds: Rs 45 after a call on 1 Jan pays two deductions, then deactivation on 31 May and grace to 15 Jun', () => {
    const projection = projectPrepaid({ connection: 'prepaid', since: '2025-01-01' }, withPolicy(), [
      { type: 'activity', kind: 'call_out', date: '2026-01-01' },
      { type: 'balance', amount: 4500, date: '2026-01-01' },
    ], '2026-03-01');
    expect(projection).toMatchObject({
      state: 'active', lastActivity: '2026-01-01', nonUsageEnds: '2026-04-01', balance: 4500,
      anrDeductions: [
        { date: '2026-04-01', amount: 2000, balanceAfter: 2500, observed: false },
        { date: '2026-05-01', amount: 2000, balanceAfter: 500, observed: false },
      ],
      deactivation: '2026-05-31', graceEnds: '2026-06-15',
    });
  });
});

