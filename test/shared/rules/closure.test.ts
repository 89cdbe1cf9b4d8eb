import { describe, expect, it } from 'vitest';
import { closureEvent, closureRefund, projectClosed, refundReminderDay, REFUND_REMINDER_DAYS } from '../../../shared/rules/closure';
import { project } from '../../../shared/rules/project';
import { deadlinesOf } from '../../../shared/rules/deadlines';
import { riskOf } from '../../../shared/rules/risk';
import { dueReminders } from '../../../shared/rules/reminders';
import { withPolicy } from '../../../shared/rules/policy';
import type { OperatorClosedEvent, SimEvent } from '../../../shared/rules/types';
import { balance, call, postpaid, prepaid, topup } from './findings/history';

const closed = (date: string, securityDeposit?: number): OperatorClosedEvent =>
  (securityDeposit === undefined ? { type: 'operator_closed', date } : { type: 'operator_closed', date, securityDeposit });
const claimed = (date: string): SimEvent => ({ type: 'refund_claimed', date });
const refunded = (date: string, amount: number): SimEvent => ({ type: 'refund_received', date, amount });
/** A call on 1 Jan with ₹100 read that day: ANR takes ₹20 on 1 Apr (reg 12), so ₹80 is left on 15 Apr. */
const readHistory: SimEvent[] = [call('2026-01-01'), balance('2026-01-01', 10000)];

describe('a prepaid SIM whose operator closed its services', () => {
  it('stops the projection on the closing day: no deduction, deactivation or grace after it, and nothing ahead', () => {
    const p = project(prepaid, withPolicy(), [...readHistory, closed('2026-04-15')], '2026-06-01');
    expect(p).toMatchObject({ state: 'closed', balance: 8000, nextLiable: null, deactivation: null, graceEnds: null });
    expect(p.connection === 'prepaid' && p.anrDeductions.map((d) => d.date)).toEqual(['2026-04-01']);
    expect(deadlinesOf(p)).toEqual([]);
    expect(riskOf(p)).toEqual({ level: 'ok', next: null, daysLeft: null });
    expect(dueReminders(p, '2026-06-01')).toEqual([]);
  });

  it('owes the balance of the closing day, clear when it was read after the last use', () => {
    const p = project(prepaid, withPolicy(), [...readHistory, closed('2026-04-15')], '2026-06-01');
    expect(p.closure).toEqual({
      closedOn: '2026-04-15',
      refund: { due: 8000, basis: 'balance', certainty: 'clear', readOn: '2026-01-01', received: 0, outstanding: 8000, claimedOn: null, refundedOn: null },
    });
  });

  it('is only possible when the balance comes from recharges', () => {
    const p = project(prepaid, withPolicy(), [topup('2026-01-01', 10000), call('2026-01-02'), closed('2026-02-01')], '2026-03-01');
    expect(p.closure?.refund).toMatchObject({ due: 10000, certainty: 'possible', readOn: null });
  });

  it('leaves the rest outstanding after a partial refund, and marks the day a refund covers it all', () => {
    const events = [...readHistory, closed('2026-04-15'), claimed('2026-04-20'), refunded('2026-05-10', 5000)];
    expect(project(prepaid, withPolicy(), events, '2026-06-01').closure?.refund)
      .toMatchObject({ received: 5000, outstanding: 3000, claimedOn: '2026-04-20', refundedOn: null });
    expect(project(prepaid, withPolicy(), [...events, refunded('2026-06-01', 3000)], '2026-06-01').closure?.refund)
      .toMatchObject({ received: 8000, outstanding: 0, refundedOn: '2026-06-01' });
  });

  it('never owes less than nothing when more is refunded than was due', () => {
    const events = [...readHistory, closed('2026-04-15'), refunded('2026-05-10', 9000)];
    expect(project(prepaid, withPolicy(), events, '2026-06-01').closure?.refund).toMatchObject({ outstanding: 0, refundedOn: '2026-05-10' });
  });

  it('ignores use, recharges and refunds recorded before the closing day as refunds, and what comes after it as balance', () => {
    const events = [...readHistory, refunded('2026-03-01', 1000), closed('2026-04-15'), topup('2026-05-01', 50000), call('2026-05-01')];
    const p = project(prepaid, withPolicy(), events, '2026-06-01');
    expect(p).toMatchObject({ state: 'closed', balance: 8000 });
    expect(p.closure?.refund).toMatchObject({ due: 8000, received: 0, outstanding: 8000 });
  });

  it('takes the earliest closure when two are recorded', () => {
    expect(closureEvent([closed('2026-05-01'), closed('2026-04-15')])?.date).toBe('2026-04-15');
  });

  it('does not close a SIM before the closing day: regs 11-14 apply until then, unchanged', () => {
    const events = [...readHistory, closed('2026-04-15')];
    expect(projectClosed(prepaid, withPolicy(), events, '2026-04-14')).toBeNull();
    expect(project(prepaid, withPolicy(), events, '2026-04-14')).toEqual(project(prepaid, withPolicy(), readHistory, '2026-04-14'));
  });

  it('leaves a history without a closure as it always was, refund events or not', () => {
    const events = [...readHistory, refunded('2026-03-01', 1000), claimed('2026-03-02')];
    const p = project(prepaid, withPolicy(), events, '2026-03-15');
    expect(p.state).toBe('active');
    expect(p.closure).toBeUndefined();
    expect(p).toEqual(project(prepaid, withPolicy(), readHistory, '2026-03-15'));
  });
});

describe('a postpaid SIM whose operator closed its services', () => {
  it('owes the security deposit recorded, with no rent due and nothing ahead', () => {
    const p = project(postpaid, withPolicy(), [closed('2026-02-01', 50000), refunded('2026-03-01', 20000)], '2026-03-15');
    expect(p).toMatchObject({ state: 'closed', rentalDue: false, nextActionBy: null });
    expect(p.closure?.refund).toMatchObject({ due: 50000, basis: 'deposit', certainty: 'clear', received: 20000, outstanding: 30000 });
    expect(deadlinesOf(p)).toEqual([]);
  });

  it('owes nothing it can name when no deposit is recorded', () => {
    const p = project(postpaid, withPolicy(), [closed('2026-02-01')], '2026-03-15');
    expect(p.closure?.refund).toMatchObject({ due: 0, basis: 'none', outstanding: 0 });
  });

  it('drops safe custody that would have run past the closing day from what lies ahead', () => {
    const events: SimEvent[] = [{ type: 'safe_custody', date: '2026-01-10', months: 6, amount: 30000 }, closed('2026-02-01', 50000)];
    expect(deadlinesOf(project(postpaid, withPolicy(), events, '2026-03-15'))).toEqual([]);
  });
});

describe('closureRefund', () => {
  it('counts refunds in date order, whatever order they come in', () => {
    const refund = closureRefund(prepaid, withPolicy(), [...readHistory, refunded('2026-06-01', 3000), refunded('2026-05-01', 5000)], closed('2026-04-15'));
    expect(refund).toMatchObject({ received: 8000, refundedOn: '2026-06-01' });
  });
});

describe('refundReminderDay', () => {
  const closure = (outstanding: number) => ({
    closedOn: '2026-01-01',
    refund: { due: 5000, basis: 'balance' as const, certainty: 'clear' as const, readOn: null, received: 5000 - outstanding, outstanding, claimedOn: null, refundedOn: null },
  });
  it(`reminds ${REFUND_REMINDER_DAYS} days after the closure, then every ${REFUND_REMINDER_DAYS} days`, () => {
    expect(refundReminderDay(closure(5000), '2026-01-30')).toBeNull();
    expect(refundReminderDay(closure(5000), '2026-01-31')).toBe('2026-01-31');
    expect(refundReminderDay(closure(5000), '2026-03-01')).toBe('2026-01-31');
    expect(refundReminderDay(closure(5000), '2026-03-02')).toBe('2026-03-02');
  });
  it('stops once nothing is outstanding', () => {
    expect(refundReminderDay(closure(0), '2026-03-02')).toBeNull();
  });
});
